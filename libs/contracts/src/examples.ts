import { exampleFromSchema } from './asyncapi/example-from-schema';
import { eventKeyOf, publishedEvents, type PublishedEvent } from './asyncapi/published-events';
import type { IntegrationEvent } from './integration-event';
import type { AdvisorAssignedV1 } from './client-intake/advisor-assigned.v1';
import type { ClientExitedV1 } from './client-intake/client-exited.v1';
import type { ClientReenteredV1 } from './client-intake/client-reentered.v1';
import { exampleClientRegisteredV1 } from './client-intake/client-registered.v1.example';
import type { PersonalDataDestroyedV1 } from './client-intake/personal-data-destroyed.v1';
import { schemaFor, validateIntegrationEvent } from './schema-registry';

/** The client every example is about (a random UUID, as on Kafka). */
export const EXAMPLE_CLIENT_ID = '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11';
export const EXAMPLE_ORGANISATION = 'KEHA-UUSIMAA';

const base = { clientId: EXAMPLE_CLIENT_ID, organisation: EXAMPLE_ORGANISATION };

/**
 * Hand-written example payloads, by `<Type>.v<version>`: they read better than generated ones
 * (a realistic exit reason, a second process). Events missing here get a generated example.
 */
const HAND_WRITTEN: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  [eventKeyOf('ClientRegistered', 1), exampleClientRegisteredV1(EXAMPLE_CLIENT_ID, { organisation: EXAMPLE_ORGANISATION, advisorId: 'advisor-17' })],
  [eventKeyOf('AdvisorAssigned', 1), { ...base, advisorId: 'advisor-17', previousAdvisorId: 'advisor-4', assignedAt: '2026-02-10T08:00:00.000Z' } satisfies AdvisorAssignedV1],
  [eventKeyOf('ClientExited', 1), { ...base, processNumber: 1, exitDate: '2026-06-30', reason: 'employed' } satisfies ClientExitedV1],
  [
    eventKeyOf('ClientReentered', 1),
    {
      ...base,
      processNumber: 2,
      entryDate: '2026-09-01',
      previousExitDate: '2026-06-30',
      statusAtReentry: { labourMarketStatus: 'unemployed', unemploymentMonths: 2 },
    } satisfies ClientReenteredV1,
  ],
  [eventKeyOf('PersonalDataDestroyed', 1), { ...base, scope: 'all', reason: 'retention-ended', destroyedAt: '2031-01-02T03:00:00.000Z' } satisfies PersonalDataDestroyedV1],
]);

export interface EventExample {
  data: unknown;
  /** `hand-written` from the table above, or `generated` from the schema. */
  origin: 'hand-written' | 'generated';
}

/**
 * A valid example payload of a registered event: hand-written when there is one, otherwise
 * generated from the schema. Throws when the event is not registered or the example does not
 * validate (a generated one can fail for patterns or cross-field rules: write one by hand).
 */
export function exampleFor(type: string, version: number): EventExample {
  const key = eventKeyOf(type, version);
  const schema = schemaFor(type, version);
  if (!schema) throw new Error(`no schema registered for ${key}`);
  const example: EventExample = HAND_WRITTEN.has(key)
    ? { data: structuredClone(HAND_WRITTEN.get(key)), origin: 'hand-written' }
    : { data: exampleFromSchema(schema), origin: 'generated' };
  const result = validateIntegrationEvent(type, version, example.data);
  if (!result.valid) throw new Error(`the ${example.origin} example of ${key} is invalid: ${result.errors.join('; ')}`);
  return example;
}

/** The whole integration event for an example: what the relay would put on Kafka. */
export function exampleIntegrationEvent(event: Pick<PublishedEvent, 'type' | 'version' | 'source'>): IntegrationEvent {
  const { data } = exampleFor(event.type, event.version);
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  return {
    id: '0a3c2c52-8f0e-4a57-9a8d-6f6f1b0b8c01',
    type: event.type,
    version: event.version,
    source: event.source,
    subject: typeof fields.clientId === 'string' ? fields.clientId : EXAMPLE_CLIENT_ID,
    time: '2026-02-03T09:15:00.000Z',
    organisation: typeof fields.organisation === 'string' ? fields.organisation : EXAMPLE_ORGANISATION,
    data,
  };
}

/** Every registered event with its example, for tests and documents. */
export function allExamples(): { event: PublishedEvent; example: EventExample }[] {
  return publishedEvents().map((event) => ({ event, example: exampleFor(event.type, event.version) }));
}
