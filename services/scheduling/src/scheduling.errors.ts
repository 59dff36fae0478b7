import { defineErrors } from '@career/event-sourcing';

/**
 * Every refusal scheduling answers with, by code: its HTTP kind (`invalid` 400, `not-found`
 * 404, `conflict` 409) and usual message. A call gives a more precise message where the rule
 * names a number or a state. Messages never carry personal data.
 */
export const refuse = defineErrors({
  'PROCESS.NOT_FOUND': { kind: 'not-found', message: 'No guidance process with this id.' },
  'PROCESS.ALREADY_OPENED': { kind: 'conflict', message: 'This guidance process has already been opened.' },
  'PROCESS.CLOSED': { kind: 'conflict', message: 'This guidance process is closed.' },
  'PROCESS.ONE_MEETING_PER_WEEK': { kind: 'conflict', message: 'The initial assessment allows one individual meeting per week.' },
  'PROCESS.FOLLOW_UP_CADENCE': {
    kind: 'conflict',
    message: 'The follow-up phase allows one individual meeting every two weeks; mark this one extra, with a reason, to book it anyway.',
  },
  'PROCESS.EXTRA_ONLY_IN_FOLLOW_UP': {
    kind: 'invalid',
    message: 'Extra meetings exist only in the follow-up phase; the initial assessment has one meeting per week.',
  },
  'PROCESS.INITIAL_ASSESSMENT_ALREADY_COMPLETED': { kind: 'conflict', message: 'The initial assessment has already been completed.' },
  'PROCESS.TOO_FEW_MEETINGS': { kind: 'conflict', message: 'The initial assessment needs more meetings held before it can be completed.' },
  'PROCESS.LICENCE_REQUIRED': { kind: 'invalid', message: 'Directing to licence training needs at least one licence.' },
  'PROCESS.LICENCES_ONLY_FOR_TRAINING': { kind: 'invalid', message: 'Licences are named only when directing to licence training.' },
  'PROCESS.RATIONALE_REQUIRED': { kind: 'invalid', message: 'The direction needs the advisor’s rationale.' },

  'MEETING.NOT_FOUND': { kind: 'not-found', message: 'No meeting with this id in the process.' },
  'MEETING.ALREADY_EXISTS': { kind: 'conflict', message: 'A meeting with this id already exists.' },
  'MEETING.NOT_SCHEDULED': { kind: 'conflict', message: 'The meeting is no longer scheduled.' },
  'MEETING.NOT_STARTED': { kind: 'conflict', message: 'A meeting can be marked held or no-show only once it has started.' },
  'MEETING.INVALID_START': { kind: 'invalid', message: 'start must be an ISO 8601 date-time with an offset.' },
  'MEETING.INVALID_DURATION': { kind: 'invalid', message: 'durationMinutes is not a possible length for a meeting.' },
  'MEETING.REASON_REQUIRED': { kind: 'invalid', message: 'Say why the meeting is cancelled.' },
  'MEETING.EXTRA_REASON_REQUIRED': { kind: 'invalid', message: 'An extra meeting needs a reason.' },

  'REFERRAL.NOT_FOUND': { kind: 'not-found', message: 'No training referral with this id.' },
  'REFERRAL.ALREADY_EXISTS': { kind: 'conflict', message: 'A training referral with this id already exists.' },
  'REFERRAL.ALREADY_COMPLETED': { kind: 'conflict', message: 'This training’s completion has already been recorded.' },
  'REFERRAL.LICENCE_IDENTIFIER_REQUIRED': { kind: 'invalid', message: 'A passed training records the licence identifier.' },
  'REFERRAL.NO_LICENCE_WHEN_FAILED': { kind: 'invalid', message: 'A training not passed earns no licence.' },
  'REFERRAL.INVALID_VALID_UNTIL': { kind: 'invalid', message: 'validUntil must be a future date YYYY-MM-DD.' },

  'CATALOGUE.UNKNOWN_LICENCE': { kind: 'invalid', message: 'Unknown licence or permit code.' },

  'ADVISOR.DOUBLE_BOOKED': { kind: 'conflict', message: 'The advisor already has a meeting at this time.' },

  'SESSION.NOT_FOUND': { kind: 'not-found', message: 'No group session with this id.' },
  'SESSION.ALREADY_SCHEDULED': { kind: 'conflict', message: 'This group session has already been scheduled.' },
  'SESSION.INVALID_START': { kind: 'invalid', message: 'start must be an ISO 8601 date-time with an offset.' },
  'SESSION.INVALID_DURATION': { kind: 'invalid', message: 'durationMinutes is not a possible length for a session.' },
  'SESSION.INVALID_CAPACITY': { kind: 'invalid', message: 'capacity must be a whole number of at least 1.' },
  'SESSION.ALREADY_ENROLLED': { kind: 'conflict', message: 'The client is already on this session’s roster or waiting list.' },
  'SESSION.FULL': { kind: 'conflict', message: 'The session is full.' },
  'SESSION.PARTICIPANT_NOT_FOUND': { kind: 'not-found', message: 'The client is not enrolled in this session.' },
  'SESSION.ALREADY_STARTED': { kind: 'conflict', message: 'The session has started; its roster can no longer change.' },
  'SESSION.NOT_STARTED': { kind: 'conflict', message: 'Attendance can be recorded once the session has started.' },
  'SESSION.INVALID_ATTENDANCE': { kind: 'invalid', message: 'List each participant once, at least one.' },
  'SESSION.NOT_ENROLLED': { kind: 'conflict', message: 'Attendance is recorded only for enrolled participants.' },

  'PLAN.NOT_FOUND': {
    kind: 'not-found',
    message: 'No career plan here (a process opened just now may take a moment to get its plan).',
  },
  'PLAN.CLOSED': { kind: 'conflict', message: 'The guidance process has closed, and its career plan with it: nothing can change any more.' },
  'PLAN.GOAL_NOT_FOUND': { kind: 'not-found', message: 'No goal with this id in the plan.' },
  'PLAN.GOAL_EXISTS': { kind: 'conflict', message: 'A goal with this id already exists.' },
  'PLAN.GOAL_NOT_ACTIVE': { kind: 'conflict', message: 'The goal has been achieved or dropped: it no longer changes or takes steps.' },
  'PLAN.STEP_WITHOUT_GOAL': { kind: 'conflict', message: 'A step belongs to a goal of the plan: name one (goalId) that exists.' },
  'PLAN.STEP_NOT_FOUND': { kind: 'not-found', message: 'No step with this id in the plan.' },
  'PLAN.STEP_EXISTS': { kind: 'conflict', message: 'A step with this id already exists.' },
  'PLAN.STEP_NOT_OPEN': { kind: 'conflict', message: 'The step is already done or dropped.' },
  'PLAN.NOT_CLIENTS_STEP': { kind: 'conflict', message: 'A client adds and marks done only steps they do themselves (owner client).' },
  'PLAN.DATE_BEFORE_START': { kind: 'conflict', message: 'A target or due date cannot be before the day the plan began.' },
  'PLAN.INVALID_DATE': { kind: 'invalid', message: 'The date must be a calendar date YYYY-MM-DD.' },
  'PLAN.TEXT_REQUIRED': { kind: 'invalid', message: 'This text cannot be blank.' },
  'PLAN.INVALID_ESCO_URI': { kind: 'invalid', message: 'what.escoUri must be an ESCO occupation URI (http://data.europa.eu/esco/occupation/<uuid>).' },
  'PLAN.NO_GOAL': { kind: 'conflict', message: 'A plan without a goal cannot be agreed: set a goal first.' },
  'PLAN.VERSION_NOT_CURRENT': { kind: 'conflict', message: 'Only the current draft version can be confirmed.' },
  'PLAN.VERSION_NOT_FOUND': { kind: 'not-found', message: 'The plan has no agreed version with this number.' },
  'PLAN.REVIEW_EXISTS': { kind: 'conflict', message: 'A review with this id already exists.' },
  'PLAN.REVIEW_MEETING_NOT_HELD': { kind: 'conflict', message: 'A review is recorded at a meeting that takes place: not at a cancelled or missed one.' },
  'PLAN.UNKNOWN_STEP': { kind: 'conflict', message: 'The review names a step the plan does not have.' },
  'PLAN.INVALID_PROGRESS': { kind: 'invalid', message: 'progress lists each step at most once.' },

  'CLIENT.NOT_FOUND': {
    kind: 'not-found',
    message: 'No such client in your organisation (a client registered just now may take a moment to reach scheduling).',
  },
  'CLIENT.EXITED': { kind: 'conflict', message: 'The client has exited; a new process starts when client-intake records a re-entry.' },
  'CLIENT.PERSONAL_DATA_DESTROYED': {
    kind: 'conflict',
    message: 'This client’s personal data has been destroyed; nothing personal can be recorded any more.',
  },
});

export type SchedulingErrorCode = keyof typeof refuse.catalogue;
