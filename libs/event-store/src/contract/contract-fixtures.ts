import { randomUUID } from 'node:crypto';
import type { NewEvent, RecordedEvent, SubscribeOptions, EventStore } from '@career/event-sourcing';

/**
 * A category no other test uses, so suites can share one store (EventStoreDB runs the whole
 * suite against one server) and still filter exactly their own events.
 */
export function uniqueCategory(prefix = 'contract'): string {
  return `${prefix}${randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

export function uniqueStream(category: string): string {
  return `${category}-${randomUUID()}`;
}

export function newEvent(type: string, data: unknown, schemaVersion = 1, clientId: string = randomUUID()): NewEvent {
  return {
    type,
    data,
    metadata: {
      eventId: randomUUID(),
      schemaVersion,
      occurredAt: '2025-01-15T09:30:00.000Z',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: 'contract-test', role: 'system' },
      organisation: 'KEHA',
      clientId,
    },
  };
}

/**
 * Reads `count` events from a subscription, then ends it. Fails (instead of hanging) when
 * they do not all arrive within `timeoutMs`.
 */
export async function takeFromSubscription(
  store: EventStore,
  options: Omit<SubscribeOptions, 'signal'>,
  count: number,
  timeoutMs = 10_000,
): Promise<RecordedEvent[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const received: RecordedEvent[] = [];
  try {
    if (count > 0) {
      for await (const event of store.subscribeToAll({ ...options, signal: controller.signal })) {
        received.push(event);
        if (received.length >= count) break;
      }
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  if (received.length < count) {
    throw new Error(`subscription delivered ${received.length} of ${count} events within ${timeoutMs} ms`);
  }
  return received;
}

export function isStrictlyIncreasing(values: readonly number[]): boolean {
  return values.every((value, i) => i === 0 || value > values[i - 1]);
}

/**
 * Polls `read` until `done` accepts what it returned, or fails after `timeoutMs`. For reads an
 * adapter may serve eventually (EventStoreDB's trail projection links events asynchronously).
 */
export async function readUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
