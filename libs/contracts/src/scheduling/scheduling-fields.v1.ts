/**
 * Property schemas the scheduling events share. Ids only: a client appears by its random
 * UUID, a meeting or session by its own UUID, an advisor or coordinator by a staff user id.
 */
const SCHEMA_BASE = 'https://career.ely.fi/schemas/scheduling';

export function schedulingSchemaId(type: string, version: number): string {
  return `${SCHEMA_BASE}/${type}.v${version}.json`;
}

export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

export const clientIdProperty = {
  type: 'string',
  format: 'uuid',
  description: 'The client the fact concerns: a random UUID, never a personal identifier; also the Kafka message key.',
} as const;

export const organisationProperty = {
  type: 'string',
  minLength: 1,
  description: 'Code of the organisation that owns the record.',
} as const;

export const processIdProperty = {
  type: 'string',
  format: 'uuid',
  description: 'The guidance process (one per client and process number).',
} as const;

export const meetingIdProperty = {
  type: 'string',
  format: 'uuid',
  description: 'The individual meeting; stable across moves.',
} as const;

export const sessionIdProperty = {
  type: 'string',
  format: 'uuid',
  description: 'The group guidance session.',
} as const;

export const instantProperty = (what: string) =>
  ({ type: 'string', format: 'date-time', description: `${what} (ISO 8601, UTC).` }) as const;

export const MEETING_PHASES_V1 = ['initial-assessment', 'follow-up'] as const;
export const MEETING_MODES_V1 = ['in-person', 'phone', 'video'] as const;
export const DIRECTIONS_V1 = ['group-guidance', 'licence-training', 'individual-only'] as const;

/** Licence codes come from the scheduling catalogue (kept as data there), e.g. `forklift-licence`. */
export const licenceCodeProperty = {
  type: 'string',
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  description: 'Code of a licence or permit in the scheduling catalogue, e.g. `forklift-licence`, `hygiene-passport`.',
} as const;
