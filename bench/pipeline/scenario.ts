import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { signDevToken } from '@career/auth';
import { registrationBody, syntheticPerson } from '@career/testing';
import { agentFor, call, type RequestSpec } from './load';
import { authOf, type BenchWorld, type RunningService, type ServiceName } from './stack';

export const ORGANISATION = 'BENCH';

/** A registration body for person `n` (libs/testing `syntheticPerson`), assigned to advisor `advisorId`. */
export function registrationOf(n: number, advisorId: string): RequestSpec {
  return {
    method: 'POST',
    path: '/api/v1/clients',
    body: registrationBody(ORGANISATION, `Testaaja${n}`, syntheticPerson(n), { firstName: 'Penkki', email: 'penkki.testaaja@example.fi', advisorId }),
  };
}

export function addSkillOf(clientId: string, n: number): RequestSpec {
  return {
    method: 'POST',
    path: `/api/v1/skills-profiles/${clientId}/skills`,
    body: { label: `Taito ${n}`, kind: 'skill', proficiency: 1 + (n % 4), gainedIn: 'work' },
  };
}

/** A Monday 10:00 Helsinki time (08:00Z) `week` weeks from now: one meeting a week keeps the initial-assessment cadence. */
export function scheduleMeetingOf(processId: string, week: number): RequestSpec {
  const monday = new Date();
  monday.setUTCDate(monday.getUTCDate() + ((8 - monday.getUTCDay()) % 7 || 7) + 7 * week);
  monday.setUTCHours(8, 0, 0, 0);
  return { method: 'POST', path: `/api/v1/guidance-processes/${processId}/meetings`, body: { start: monday.toISOString(), durationMinutes: 45, mode: 'phone' } };
}

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

export function exitOutcomeOf(clientId: string): RequestSpec {
  return { method: 'POST', path: '/api/v1/outcomes', body: { kind: 'exit', clientId, exitDate: daysAgo(30), outcome: { status: 'job-searching' }, source: 'client' } };
}

/** A status change after the exit: each one a new event (its own change id). */
export function statusChangeOf(clientId: string): RequestSpec {
  return {
    method: 'POST',
    path: '/api/v1/outcomes',
    body: { kind: 'status-change', clientId, changeId: randomUUID(), date: daysAgo(1), outcome: { status: 'job-searching' }, source: 'client' },
  };
}

/** Authenticated calls to the stack with one advisor token (the rate limit is off: stack.ts). */
export class Stack {
  readonly agent: http.Agent = agentFor(64);
  private constructor(
    readonly services: Record<ServiceName, RunningService>,
    readonly token: string,
  ) {}

  static async create(world: BenchWorld, services: Record<ServiceName, RunningService>): Promise<Stack> {
    const token = await signDevToken({ role: 'advisor', org: ORGANISATION, sub: 'bench-advisor', ttl: '8h' }, authOf(world));
    return new Stack(services, token);
  }

  url(service: ServiceName): string {
    return this.services[service].baseUrl;
  }

  /** The spec with the bearer token added. */
  authed(spec: RequestSpec): RequestSpec {
    return { ...spec, headers: { ...spec.headers, authorization: `Bearer ${this.token}` } };
  }

  async send(service: ServiceName, spec: RequestSpec): Promise<{ status: number; json: Record<string, unknown>; ms: number }> {
    const sample = await call(this.agent, this.url(service), this.authed(spec));
    let json: Record<string, unknown> = {};
    try {
      json = sample.body ? (JSON.parse(sample.body) as Record<string, unknown>) : {};
    } catch {
      json = { text: sample.body };
    }
    return { status: sample.status, json, ms: sample.ms };
  }

  async expect(service: ServiceName, spec: RequestSpec, status: number): Promise<Record<string, unknown>> {
    const answer = await this.send(service, spec);
    if (answer.status !== status) throw new Error(`${spec.method} ${spec.path}: ${answer.status} ${JSON.stringify(answer.json).slice(0, 400)}`);
    return answer.json;
  }

  /** The guidance process scheduling opened for the client, once its read model shows it. */
  async processOf(clientId: string): Promise<string | undefined> {
    const answer = await this.send('scheduling', { method: 'GET', path: `/api/v1/guidance-processes?clientId=${clientId}` });
    return (answer.json.items as { processId: string }[] | undefined)?.[0]?.processId;
  }

  async profileExists(clientId: string): Promise<boolean> {
    return (await this.send('skills-assessment', { method: 'GET', path: `/api/v1/skills-profiles/${clientId}` })).status === 200;
  }

  async participantKnown(clientId: string): Promise<boolean> {
    return (await this.send('outcomes-reporting', { method: 'GET', path: `/api/v1/outcomes?clientId=${clientId}` })).status === 200;
  }
}

/** Polls until `probe` gives a value; the time it took in ms, or throws after `timeoutMs`. */
export async function until<T>(probe: () => Promise<T | undefined | false>, timeoutMs: number, what: string, pollMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** Runs `work` over `items` with at most `concurrency` at a time. */
export async function inParallel<T, R>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index], index);
      }
    }),
  );
  return results;
}
