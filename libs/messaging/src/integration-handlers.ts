import { topicOf, type EventOfType, type EventTypeOf, type IntegrationEvent, type Producer } from '@career/contracts';
import type { MessageOrigin } from './integration-consumer';

/**
 * What a consumer does with each event type one producer publishes. The event arrives typed
 * (its `data` is the contract's payload type, every version of that type in a union to narrow
 * on `version`), so consumers hold no casts. Types left out are not this consumer's business.
 * Handlers must be idempotent: delivery is at least once.
 */
export type IntegrationHandlers<P extends Producer> = {
  [T in EventTypeOf<P>]?: (event: EventOfType<P, T>, origin: MessageOrigin) => Promise<void>;
};

/**
 * A service's consumer of one producer's topic, one class per producer in
 * `src/integration/<producer>.consumer.ts`.
 */
export interface ProducerConsumer<P extends Producer = Producer> {
  readonly producer: P;
  readonly handlers: IntegrationHandlers<P>;
}

/**
 * Routes a validated event to the handler its producer's consumer declares for its type.
 * The consumer checked `data` against the registered JSON Schema of its type and version, so
 * the contract's TypeScript type is what it holds: this is the one place that says so.
 */
export function routerOf(consumers: readonly ProducerConsumer[]): {
  topics: string[];
  /** Whether a handler is declared for the event's type on its topic. */
  concerns(event: IntegrationEvent, origin: MessageOrigin): boolean;
  route(event: IntegrationEvent, origin: MessageOrigin): Promise<void>;
} {
  const byTopic = new Map<string, ProducerConsumer>();
  for (const consumer of consumers) {
    const topic = topicOf(consumer.producer);
    if (byTopic.has(topic)) throw new Error(`two consumers of ${consumer.producer}: declare one per producer`);
    byTopic.set(topic, consumer);
  }
  const handlerOf = (event: IntegrationEvent, origin: MessageOrigin) =>
    (byTopic.get(origin.topic)?.handlers as Record<string, ((e: IntegrationEvent, o: MessageOrigin) => Promise<void>) | undefined> | undefined)?.[event.type];
  return {
    topics: [...byTopic.keys()],
    concerns: (event, origin) => handlerOf(event, origin) !== undefined,
    async route(event, origin) {
      await handlerOf(event, origin)?.(event, origin);
    },
  };
}
