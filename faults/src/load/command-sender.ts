import { randomUUID } from 'node:crypto';
import type { ServiceName } from '../world/service-fleet';
import { COMMAND_KINDS, outcomeOf, requestIdOf, type Attempt, type CommandKind, type CommandLedger, type CommandRecord } from './command-ledger';

export interface CommandRequest {
  kind: CommandKind;
  /** Where each attempt goes: asked again per attempt, so a retry follows the instances that serve now. */
  route: () => { instance: string; baseUrl: string };
  path: string;
  token: string;
  body: unknown;
  clientId?: string;
}

export interface SenderOptions {
  /** How long a client keeps retrying one command (ms). */
  retryBudgetMs: number;
  /** One attempt's timeout (ms): past it the answer is unknown. */
  attemptTimeoutMs: number;
}

/**
 * Answers that mean "not yet", not "no": a fact the command needs has not reached this service
 * yet (delivery between services is asynchronous), so the client tries again later.
 */
const NOT_YET: Record<CommandKind, ReadonlySet<string>> = {
  register: new Set(),
  scheduleMeeting: new Set(['PROCESS.NOT_FOUND']),
  addSkill: new Set(['PROFILE.NOT_FOUND']),
  generateDocument: new Set(['CLIENT.NOT_FOUND', 'DOCUMENT.NO_SKILLS_PROFILE']),
  exit: new Set(),
  recordOutcome: new Set(['OUTCOME.CLIENT_NOT_FOUND']),
};

/**
 * Sends one command as a careful client does: one Idempotency-Key for all its attempts, so a
 * retry after a lost answer cannot do it twice, and a request id per attempt (`<id>.<n>`) that
 * the service stores with every event it appends. Retries what may succeed later: no answer,
 * 5xx, 429, a 409 without a business code (the key's first use is still running, or a
 * concurrent change) and "not yet" answers; stops at a definite answer or when the budget is spent.
 */
export class CommandSender {
  constructor(
    private readonly ledger: CommandLedger,
    private readonly options: SenderOptions,
  ) {}

  async send(request: CommandRequest): Promise<CommandRecord> {
    const record = this.ledger.add({
      id: randomUUID(),
      kind: request.kind,
      service: COMMAND_KINDS[request.kind].service as ServiceName,
      clientId: request.clientId,
      attempts: [],
    });
    const deadline = Date.now() + this.options.retryBudgetMs;
    for (let n = 1; ; n++) {
      const { attempt, body, retryAfterMs } = await this.attempt(request, requestIdOf(record.id, n), record.id);
      record.attempts.push(attempt);
      const status = attempt.status;
      if (status !== undefined && status >= 200 && status < 300) {
        record.body = body;
        break;
      }
      if (!this.worthRetrying(request.kind, attempt) || Date.now() + retryAfterMs > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, retryAfterMs || backoff(n)));
    }
    record.outcome = outcomeOf(record.attempts);
    return record;
  }

  private worthRetrying(kind: CommandKind, attempt: Attempt): boolean {
    const { status, code } = attempt;
    if (status === undefined || status >= 500 || status === 429) return true;
    if (status === 409 && code === undefined) return true;
    return code !== undefined && NOT_YET[kind].has(code);
  }

  private async attempt(request: CommandRequest, requestId: string, key: string): Promise<{ attempt: Attempt; body?: Record<string, unknown>; retryAfterMs: number }> {
    const startedAt = Date.now();
    const { instance, baseUrl } = request.route();
    try {
      const response = await fetch(baseUrl + request.path, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${request.token}`,
          'content-type': 'application/json',
          'idempotency-key': key,
          'x-request-id': requestId,
        },
        body: JSON.stringify(request.body),
        signal: AbortSignal.timeout(this.options.attemptTimeoutMs),
      });
      const text = await response.text();
      let body: Record<string, unknown> = {};
      try {
        body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        // not JSON
      }
      const code = typeof body.code === 'string' ? body.code : undefined;
      const retryAfter = Number(response.headers.get('retry-after'));
      return {
        attempt: { requestId, instance, startedAt, endedAt: Date.now(), status: response.status, ...(code ? { code } : {}) },
        body,
        retryAfterMs: response.status === 429 && retryAfter > 0 ? retryAfter * 1000 : 0,
      };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return { attempt: { requestId, instance, startedAt, endedAt: Date.now(), error: cause ?? (error as Error).name }, retryAfterMs: 0 };
    }
  }
}

/**
 * The pause before attempt n + 1: doubling from 250 ms up to 5 s, each between half and all of
 * that (jitter), so the clients that an outage held up do not come back in lockstep.
 */
function backoff(n: number): number {
  return Math.min(5_000, 250 * 2 ** Math.min(n - 1, 5)) * (0.5 + Math.random() / 2);
}
