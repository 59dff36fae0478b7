import type { EventStore, RecordedEvent, SubscribeOptions } from '@career/event-sourcing';
import { BatchPuller } from './batch-puller';

export interface FollowInBatchesOptions extends Omit<SubscribeOptions, 'signal'> {
  /** Most events per batch. Default 100. */
  batchSize?: number;
  /**
   * How long a batch waits for more events after the first one. Default 0: the batch takes what
   * is stored already and goes (appends made together arrive together anyway: group commit),
   * so no event waits for company; every hop of the pipeline used to add up to 20 ms of lag.
   */
  maxBatchDelayMs?: number;
  /**
   * The caller's stop (a platform StopSignal fits): `promise` ends the wait for a first event,
   * `stopped` is checked after each batch, so the batch in hand is always handled first.
   */
  stop: { readonly promise: Promise<void>; readonly stopped: boolean };
}

/**
 * Runs one catch-up subscription (`after` exclusive) and hands its events to `handle` in batches,
 * pulling the next batch only once `handle` has resolved (back-pressure). Resolves when the
 * subscription ends or the caller stops; rejects with whatever the subscription or `handle`
 * threw, so the caller decides whether to resubscribe. The subscription is released in every case.
 */
export async function followInBatches(
  store: EventStore,
  options: FollowInBatchesOptions,
  handle: (events: RecordedEvent[]) => Promise<void>,
): Promise<void> {
  const { batchSize = 100, maxBatchDelayMs = 0, stop, ...subscribe } = options;
  const subscription = new AbortController();
  const puller = new BatchPuller(store.subscribeToAll({ ...subscribe, signal: subscription.signal })[Symbol.asyncIterator]());
  try {
    for (;;) {
      const { items, done } = await puller.next(batchSize, maxBatchDelayMs, stop.promise);
      if (items.length > 0) await handle(items);
      if (done || stop.stopped) return;
    }
  } finally {
    subscription.abort();
    puller.close();
  }
}
