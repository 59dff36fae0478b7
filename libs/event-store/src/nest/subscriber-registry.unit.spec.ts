import type { CheckpointedSubscriber, SubscriberHealth } from '../subscription/checkpointed-subscriber';
import { SubscriberRegistry } from './subscriber-registry';

/** A subscriber reduced to what the registry reads: its name and health. */
function subscriber(health: Partial<SubscriberHealth> & Pick<SubscriberHealth, 'name' | 'status'>): CheckpointedSubscriber {
  return { name: health.name, health: () => ({ checkpoint: 0, handled: 0, skipped: 0, ...health }) } as unknown as CheckpointedSubscriber;
}

describe('SubscriberRegistry readiness: transient is ready, stuck or not started is not', () => {
  it('is ready while subscribers run or retry', () => {
    const registry = new SubscriberRegistry();
    registry.register({ subscriber: subscriber({ name: 'svc.relay', status: 'running' }) });
    registry.register({ subscriber: subscriber({ name: 'svc.agenda', status: 'retrying', lastError: 'Kafka is restarting' }) });
    expect(() => registry.assertReady()).not.toThrow();
    expect(registry.health().map((h) => h.status)).toEqual(['running', 'retrying']);
  });

  it('names a stuck subscriber, the event and the error', () => {
    const registry = new SubscriberRegistry();
    registry.register({
      subscriber: subscriber({
        name: 'svc.agenda',
        status: 'stuck',
        failing: { eventId: 'e-1', position: 42, streamId: 'guidanceProcess-1', type: 'MeetingMoved', since: '2026-12-06T10:00:00.000Z', attempts: 30, error: 'boom' },
      }),
    });
    expect(() => registry.assertReady()).toThrow('svc.agenda stuck since 2026-12-06T10:00:00.000Z on event e-1 (MeetingMoved at position 42): boom');
  });

  it('names a subscriber that has not started, with why', () => {
    const registry = new SubscriberRegistry();
    registry.register({ subscriber: subscriber({ name: 'svc.clients', status: 'idle' }), startError: () => 'MongoDB unreachable' });
    expect(() => registry.assertReady()).toThrow('svc.clients not started: MongoDB unreachable');
  });

  it('refuses two subscribers of one name, and lets a rebuild replace one', () => {
    const registry = new SubscriberRegistry();
    registry.register({ subscriber: subscriber({ name: 'svc.rows', status: 'running' }) });
    expect(() => registry.register({ subscriber: subscriber({ name: 'svc.rows', status: 'running' }) })).toThrow(/already registered/);
    registry.replace({ subscriber: subscriber({ name: 'svc.rows', status: 'idle' }) });
    expect(registry.get('svc.rows')?.health().status).toBe('idle');
  });
});
