import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@career/event-sourcing';

/** A stored-event envelope with plausible metadata; `at` keeps documents deterministic. */
export function testEvent(type: string, data: unknown, clientId: string, at = '2026-03-02T10:00:00.000Z'): NewEvent {
  return {
    type,
    data,
    metadata: {
      eventId: randomUUID(),
      schemaVersion: 1,
      occurredAt: at,
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: 'advisor-1', role: 'advisor' },
      organisation: 'KEHA-UUSIMAA',
      clientId,
    },
  };
}
