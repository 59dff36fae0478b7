import { Injectable } from '@nestjs/common';
import type { CheckpointedSubscriber, SubscriberHealth } from '../subscription/checkpointed-subscriber';

/** A subscriber as the registry sees it; `startError` explains one that has not started yet. */
export interface RegisteredSubscriber {
  subscriber: CheckpointedSubscriber;
  startError?: () => string | undefined;
}

/**
 * Every checkpointed subscriber of the service (relay, projections), for readiness and for
 * the operators' endpoints. Ready means: every subscriber has started and none is stuck.
 * A subscriber that is retrying (a broker restart, a short outage) is still ready: that is
 * transient, and it says so in /api/v1/admin/subscribers.
 */
@Injectable()
export class SubscriberRegistry {
  private readonly entries = new Map<string, RegisteredSubscriber>();

  register(entry: RegisteredSubscriber): void {
    const name = entry.subscriber.name;
    if (this.entries.has(name)) throw new Error(`subscriber "${name}" is already registered`);
    this.entries.set(name, entry);
  }

  /** A rebuild replaces a subscriber by a new one of the same name. */
  replace(entry: RegisteredSubscriber): void {
    this.entries.set(entry.subscriber.name, entry);
  }

  get(name: string): CheckpointedSubscriber | undefined {
    return this.entries.get(name)?.subscriber;
  }

  health(): SubscriberHealth[] {
    return [...this.entries.values()].map(({ subscriber }) => subscriber.health());
  }

  /** Throws the reason the service is not ready, naming the subscriber, the event and the error. */
  assertReady(): void {
    const problems: string[] = [];
    for (const { subscriber, startError } of this.entries.values()) {
      const health = subscriber.health();
      if (health.status === 'stuck' && health.failing) {
        const { eventId, type, position, since, error } = health.failing;
        problems.push(`${health.name} stuck since ${since} on event ${eventId} (${type} at position ${position}): ${error}`);
      } else if (health.status === 'idle') {
        const reason = startError?.();
        problems.push(`${health.name} not started${reason ? `: ${reason}` : ''}`);
      }
    }
    if (problems.length > 0) throw new Error(problems.join('; '));
  }
}
