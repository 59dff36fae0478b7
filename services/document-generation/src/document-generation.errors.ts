import { defineErrors } from '@career/event-sourcing';

/**
 * Every refusal document generation answers, by code (docs/architecture.md#the-rules, Errors).
 * Messages never carry personal data: the caller learns which rule refused, not whose data.
 */
export const refuse = defineErrors({
  // Another organisation's document or client answers exactly like a missing one.
  'DOCUMENT.NOT_FOUND': { kind: 'not-found', message: 'No such document in your organisation.' },
  'DOCUMENT.VERSION_NOT_FOUND': { kind: 'not-found', message: 'The document has no such version.' },
  'CLIENT.NOT_FOUND': { kind: 'not-found', message: 'No such client in your organisation.' },
  'DOCUMENT.PLAN_VERSION_NOT_FOUND': { kind: 'not-found', message: 'The client has no career plan with this id and agreed version in your organisation.' },
  'DOCUMENT.NO_SKILLS_PROFILE': { kind: 'conflict', message: 'The client has no skills profile yet: documents are built from it.' },
  'DOCUMENT.DOES_NOT_FIT': {
    kind: 'conflict',
    message: 'The job application does not fit one A4 page: shorten the motivation or list fewer requirements.',
  },
  'DOCUMENT.DESTROYED': { kind: 'conflict', message: "The client's personal data was destroyed: no new documents can be generated." },
  'DOCUMENT.CLIENT_DATA_DESTROYED': { kind: 'conflict', message: "The client's personal data was destroyed: no documents can be generated." },
  'DOCUMENT.INVALID_HASH': { kind: 'invalid', message: 'The stored file has no valid SHA-256.' },
  'DOCUMENT.EMPTY_FILE': { kind: 'invalid', message: 'The stored file is empty.' },
});
