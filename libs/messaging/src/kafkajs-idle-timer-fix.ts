import { createRequire } from 'node:module';

interface RequestQueueInternals {
  pending: unknown[];
  throttledUntil: number;
  scheduleCheckPendingRequests(): void;
}

/**
 * kafkajs 2.2.4 keeps a 1 ms timer running for every broker connection once it has had one
 * answer (tulios/kafkajs#1556, #1704; unfixed upstream): `scheduleCheckPendingRequests`
 * schedules the next check even with nothing pending and no throttle, with a negative delay
 * (Node runs it after 1 ms and, from Node 23, warns: TimeoutNegativeWarning). Each service has
 * several connections, so its CPU went on spinning timers; the fault suite saw it as slow
 * commands on a busy machine. With nothing pending and no throttle there is nothing to check:
 * a request pushed later schedules its own check, and every answer checks the queue again.
 */
export function fixKafkajsIdleTimer(): void {
  const requestQueue = createRequire(require.resolve('kafkajs'))('./src/network/requestQueue') as { prototype: RequestQueueInternals & { [FIXED]?: true } };
  const prototype = requestQueue.prototype;
  if (prototype[FIXED]) return;
  const schedule = prototype.scheduleCheckPendingRequests;
  if (typeof schedule !== 'function') throw new Error('kafkajs RequestQueue.scheduleCheckPendingRequests is gone: re-check the idle timer fix against this kafkajs version');
  prototype.scheduleCheckPendingRequests = function (this: RequestQueueInternals) {
    if (this.pending.length === 0 && this.throttledUntil <= Date.now()) return;
    schedule.call(this);
  };
  prototype[FIXED] = true;
}

const FIXED = Symbol.for('career.kafkajs-idle-timer-fixed');
