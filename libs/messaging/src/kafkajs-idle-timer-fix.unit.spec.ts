import { createRequire } from 'node:module';
import { fixKafkajsIdleTimer } from './kafkajs-idle-timer-fix';

interface PushedRequest {
  entry: { correlationId: number; apiKey: number; apiName: string; apiVersion: number; resolve: () => void; reject: () => void };
  expectResponse: boolean;
  sendRequest: () => void;
}

interface Queue {
  pending: unknown[];
  inflight: Map<number, unknown>;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  push(request: PushedRequest): void;
  fulfillRequest(response: { correlationId: number; payload: Buffer; size: number }): void;
  maybeThrottle(ms: number): void;
  destroy(): void;
}

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const RequestQueue = createRequire(require.resolve('kafkajs'))('./src/network/requestQueue') as new (options: object) => Queue;
const request = (correlationId: number, sent: number[]): PushedRequest => ({
  entry: { correlationId, apiKey: 0, apiName: 'Produce', apiVersion: 7, resolve: () => undefined, reject: () => undefined },
  expectResponse: true,
  sendRequest: () => sent.push(correlationId),
});

describe('the kafkajs idle timer fix', () => {
  const queues: Queue[] = [];
  const newQueue = () => {
    const queue = new RequestQueue({ maxInFlightRequests: 1, requestTimeout: 30_000, enforceRequestTimeout: false, clientId: 'unit', broker: 'b:9092', logger: silent });
    queues.push(queue);
    return queue;
  };
  beforeAll(() => fixKafkajsIdleTimer());
  // A failing test must not leave a 1 ms timer behind: Jest would never end.
  afterEach(() => queues.splice(0).forEach((queue) => queue.destroy()));

  it('leaves no timer running once a connection has nothing pending (kafkajs would reschedule every 1 ms forever)', () => {
    const queue = newQueue();
    const sent: number[] = [];
    queue.push(request(1, sent));
    queue.fulfillRequest({ correlationId: 1, payload: Buffer.alloc(0), size: 0 });
    expect(sent).toEqual([1]);
    expect(queue.throttleCheckTimeoutId).toBeNull();
  });

  it('still sends what waited for a free slot, and what waited for a throttle to end', async () => {
    const queue = newQueue();
    const sent: number[] = [];
    queue.push(request(1, sent));
    queue.push(request(2, sent)); // one in flight at most: 2 waits
    expect(sent).toEqual([1]);
    queue.fulfillRequest({ correlationId: 1, payload: Buffer.alloc(0), size: 0 });
    expect(sent).toEqual([1, 2]);

    queue.maybeThrottle(30);
    queue.fulfillRequest({ correlationId: 2, payload: Buffer.alloc(0), size: 0 });
    queue.push(request(3, sent)); // throttled: waits for the throttle's end
    expect(sent).toEqual([1, 2]);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(sent).toEqual([1, 2, 3]);
  });

  it('is applied once however often clients are created', () => {
    fixKafkajsIdleTimer();
    fixKafkajsIdleTimer();
    const queue = newQueue();
    const sent: number[] = [];
    queue.push(request(1, sent));
    queue.fulfillRequest({ correlationId: 1, payload: Buffer.alloc(0), size: 0 });
    expect(queue.throttleCheckTimeoutId).toBeNull();
  });
});
