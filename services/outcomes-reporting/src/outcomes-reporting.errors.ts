import { defineErrors } from '@career/event-sourcing';

/**
 * Every refusal outcomes-reporting raises, by code, with its HTTP kind
 * (docs/architecture.md#the-rules, Errors): 'invalid' 400, 'not-found' 404, 'conflict' 409.
 * Details never carry a personal value (no business ID): they end up in problem+json bodies
 * and logs.
 */
export const refuse = defineErrors({
  /** The caller's organisation has no such client yet (or the client is another organisation's): the same answer. */
  'OUTCOME.CLIENT_NOT_FOUND': { kind: 'not-found', message: 'No client with this id in your organisation (yet).' },
  'OUTCOME.PROCESS_NOT_FOUND': { kind: 'not-found', message: 'The client has no such process in your organisation (yet).' },
  'OUTCOME.EXIT_NOT_RECORDED': { kind: 'conflict', message: 'Record the exit outcome first.' },
  'OUTCOME.EXIT_ALREADY_RECORDED': { kind: 'conflict', message: 'The exit outcome is already recorded; correct it instead.' },
  'OUTCOME.FOLLOW_UP_ALREADY_RECORDED': { kind: 'conflict', message: 'The follow-up outcome is already recorded; correct it instead.' },
  'OUTCOME.FOLLOW_UP_NOT_RECORDED': { kind: 'conflict', message: 'There is no follow-up outcome to correct.' },
  /** The six-month follow-up is dated 5 to 8 months after the exit (FOLLOW_UP_WINDOW). */
  'OUTCOME.FOLLOW_UP_OUTSIDE_WINDOW': { kind: 'conflict', message: 'The six-month follow-up must be dated 5 to 8 months after the exit.' },
  'OUTCOME.START_AFTER_FOLLOW_UP': { kind: 'invalid', message: 'A follow-up status must have started by the follow-up date.' },
  /** Outcomes describe what has happened: a date after today in Finland. */
  'OUTCOME.DATE_IN_FUTURE': { kind: 'invalid', message: 'The date cannot be after today.' },
  'OUTCOME.CHANGE_BEFORE_EXIT': {
    kind: 'conflict',
    message: 'A status change is dated on or after the exit; before the exit, correct the exit outcome instead.',
  },
  'OUTCOME.CHANGE_ID_TAKEN': { kind: 'conflict', message: 'Another status change already has this id.' },
  'OUTCOME.UNKNOWN_CHANGE': { kind: 'not-found', message: 'No status change has this id.' },
  /** The client's data key was destroyed (retention ended): nothing personal, a business ID, can be encrypted for them any more. */
  'OUTCOME.PERSONAL_DATA_DESTROYED': {
    kind: 'conflict',
    message: "This client's personal data has been destroyed: a business ID can no longer be recorded for them.",
  },
  /** A field the decider checks again (events are forever); details.field names it. */
  'OUTCOME.INVALID_FIELD': { kind: 'invalid', message: 'A field of the outcome is not valid.' },
  /** The participant-level extract (docs/participant-extract.md). */
  'EXTRACT.PURPOSE_REQUIRED': { kind: 'invalid', message: 'Say why the participant-level data is taken: purpose is one of evaluation, audit, monitoring, data-quality-check.' },
  'EXTRACT.INVALID_FIELD': { kind: 'invalid', message: 'A field of the extract request is not valid.' },
  'EXTRACT.ALREADY_RECORDED': { kind: 'conflict', message: 'This extract is already recorded.' },
  'EXTRACT.NOT_FOUND': { kind: 'not-found', message: 'No such extract in your organisation.' },
  /** The rebuild runs one at a time, in one instance. */
  'REBUILD.ALREADY_RUNNING': { kind: 'conflict', message: 'A rebuild is already running.' },
});
