import { INSTANT_FORMAT } from '@career/calendar';

/**
 * The shape of an ISO 8601 date-time with an explicit offset, checked on the request (a bare
 * local time would be read in the server's zone). Whether it names a real moment (no
 * 30 February) is the decider's check with libs/calendar's parseInstant, answered with the
 * area's own code (MEETING.INVALID_START, SESSION.INVALID_START).
 */
export const INSTANT_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
export const INSTANT_SHAPE_MESSAGE = `must be ${INSTANT_FORMAT}`;

/** Staff user ids as tokens carry them (`sub`). */
export const USER_ID = /^[A-Za-z0-9._@:-]{1,128}$/;
export const USER_ID_MESSAGE = 'must be a user id (letters, digits, . _ @ : -)';
