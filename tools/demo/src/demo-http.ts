import { randomUUID } from 'node:crypto';

export interface Answer {
  status: number;
  json: Record<string, unknown>;
  headers: Headers;
}

export interface Call {
  token: string;
  body?: unknown;
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

/** Requests made and retried, for the closing figures. */
export const traffic = { requests: 0, retried: 0, byStatus: new Map<number, number>() };

/** How long one request waits out 429 and 503 answers, beyond its first 20 tries. */
const BUSY_PATIENCE_MS = Number(process.env.DEMO_BUSY_PATIENCE_SECONDS ?? 300) * 1000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One request to a service's public API with the caller's own token. Retries what a busy
 * system answers for a moment (429 with its Retry-After, 503, a dropped connection: at least 20
 * tries, and for 503 and 429 up to DEMO_BUSY_PATIENCE_SECONDS, default 300); every
 * other answer, refusals included, goes back to the caller, which knows which ones mean
 * "already done" on a second run.
 */
export async function request(baseUrl: string, method: string, path: string, call: Call): Promise<Answer> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    traffic.requests++;
    let response: Response;
    try {
      response = await fetch(baseUrl + path, {
        method,
        headers: {
          authorization: `Bearer ${call.token}`,
          ...(call.body !== undefined && { 'content-type': 'application/json' }),
          ...(call.idempotencyKey && { 'idempotency-key': call.idempotencyKey }),
          ...call.headers,
        },
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
      });
    } catch (error) {
      if (attempt >= 8) throw new Error(`${method} ${path}: ${(error as Error).message}`);
      traffic.retried++;
      await sleep(200 * attempt);
      continue;
    }
    traffic.byStatus.set(response.status, (traffic.byStatus.get(response.status) ?? 0) + 1);
    // A busy machine: scheduling answers 503 while an advisor's agenda catches up (its booking guard), for as long as the load lasts.
    if ((response.status === 429 || response.status === 503) && (attempt < 20 || Date.now() - started < BUSY_PATIENCE_MS)) {
      traffic.retried++;
      await response.arrayBuffer();
      await sleep(Math.max(100, Number(response.headers.get('retry-after') ?? 0) * 1000) * Math.min(attempt, 4));
      continue;
    }
    const text = await response.text();
    let json: Record<string, unknown> = {};
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      json = {};
    }
    return { status: response.status, json, headers: response.headers };
  }
}

/** Fails loudly, naming the request and the problem's code, when the answer is none of `ok`. */
export function expectStatus(answer: Answer, ok: readonly number[], what: string, acceptedCodes: readonly string[] = []): Answer {
  if (ok.includes(answer.status) || (typeof answer.json.code === 'string' && acceptedCodes.includes(answer.json.code))) return answer;
  const detail = [answer.json.code, answer.json.detail, JSON.stringify(answer.json.errors ?? '')].filter(Boolean).join(' ');
  throw new Error(`${what}: HTTP ${answer.status} ${detail}`);
}

/** Polls until `probe` gives a value: what another service learns over Kafka arrives a moment later. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 100; ; wait = Math.min(wait * 1.5, 1_000)) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(wait);
  }
}

/** Runs `work` for each item with at most `size` at a time; the first failure stops the run. */
export async function inPool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  });
  await Promise.all(workers);
  return results;
}

/** A key for a creating POST that is the same on every run of the demo (Idempotency-Key replays it for 24 h). */
export function keyOf(...parts: (string | number)[]): string {
  return `demo-${parts.join('-')}`.slice(0, 200) || randomUUID();
}
