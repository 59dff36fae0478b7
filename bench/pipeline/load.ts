import http from 'node:http';

/** One request of a load run: method, path, body and headers; built anew for each call. */
export interface RequestSpec {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Sample {
  ms: number;
  status: number;
  body: string;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  latenciesMs: number[];
  /** Responses whose status was not the expected one (counted, not in the latencies). */
  failures: number;
  firstFailure?: string;
}

/** Keep-alive connections to one service, at most `connections` sockets. */
export function agentFor(connections: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
}

/** One HTTP call over `agent`; resolves with the status, the body and the time it took. */
export function call(agent: http.Agent, baseUrl: string, spec: RequestSpec): Promise<Sample> {
  const url = new URL(spec.path, baseUrl);
  const payload = spec.body === undefined ? undefined : Buffer.from(JSON.stringify(spec.body));
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: spec.method,
        agent,
        headers: {
          ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}),
          ...spec.headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

export interface ClosedLoopOptions {
  baseUrl: string;
  connections: number;
  /** How long to measure (after the warm-up). */
  seconds: number;
  warmupSeconds?: number;
  expectStatus: number;
  /** The n-th request (0-based, per run) of worker `worker`. */
  next: (n: number, worker: number) => RequestSpec;
}

/** `connections` workers each send their next request as soon as the previous one answered: the maximal rate. */
export async function closedLoop(options: ClosedLoopOptions): Promise<LoadResult> {
  const agent = agentFor(options.connections);
  let counter = 0;
  const result: LoadResult = { requests: 0, seconds: 0, latenciesMs: [], failures: 0 };
  const warmupEnd = Date.now() + (options.warmupSeconds ?? 1) * 1000;
  let measureStart = 0n;
  const end = warmupEnd + options.seconds * 1000;
  const worker = async (index: number): Promise<void> => {
    while (Date.now() < end) {
      const sample = await call(agent, options.baseUrl, options.next(counter++, index));
      if (Date.now() < warmupEnd) continue;
      if (measureStart === 0n) measureStart = process.hrtime.bigint();
      record(result, sample, options.expectStatus);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, i) => worker(i)));
  result.seconds = measureStart === 0n ? options.seconds : Number(process.hrtime.bigint() - measureStart) / 1e9;
  agent.destroy();
  return result;
}

export interface OpenLoopOptions {
  baseUrl: string;
  /** Requests started per second, whether or not the earlier ones answered. */
  ratePerSecond: number;
  seconds: number;
  expectStatus: number;
  next: (n: number) => RequestSpec;
  /** Most requests in flight at once (a safety bound, counted as failures beyond). */
  maxInFlight?: number;
  /** Ends the run early (background load). */
  signal?: AbortSignal;
}

/**
 * Requests started on a fixed schedule (not when the previous one answers), so a slow answer
 * shows as latency instead of lowering the rate: the figure "p99 at half the maximal rate".
 */
export async function openLoop(options: OpenLoopOptions): Promise<LoadResult> {
  const maxInFlight = options.maxInFlight ?? 256;
  const agent = agentFor(maxInFlight);
  const result: LoadResult = { requests: 0, seconds: 0, latenciesMs: [], failures: 0 };
  const intervalMs = 1000 / options.ratePerSecond;
  const total = Math.round(options.ratePerSecond * options.seconds);
  const start = Date.now();
  const inFlight = new Set<Promise<void>>();
  for (let n = 0; n < total && !options.signal?.aborted; n++) {
    const due = start + n * intervalMs;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (inFlight.size >= maxInFlight) {
      result.failures++;
      result.firstFailure ??= `more than ${maxInFlight} requests in flight`;
      continue;
    }
    const pending: Promise<void> = call(agent, options.baseUrl, options.next(n))
      .then((sample) => record(result, sample, options.expectStatus))
      .catch((error: unknown) => {
        result.failures++;
        result.firstFailure ??= String(error);
      })
      .finally(() => inFlight.delete(pending));
    inFlight.add(pending);
  }
  await Promise.all(inFlight);
  result.seconds = (Date.now() - start) / 1000;
  agent.destroy();
  return result;
}

function record(result: LoadResult, sample: Sample, expectStatus: number): void {
  if (sample.status !== expectStatus) {
    result.failures++;
    result.firstFailure ??= `${sample.status} ${sample.body.slice(0, 300)}`;
    return;
  }
  result.requests++;
  result.latenciesMs.push(sample.ms);
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const rateOf = (result: LoadResult): number => result.requests / result.seconds;
