import type { ServiceName } from '../world/service-fleet';

/** The commands a journey sends, each with the event it must leave in the store once. */
export const COMMAND_KINDS = {
  register: { service: 'client-intake', event: 'ClientRegistered' },
  scheduleMeeting: { service: 'scheduling', event: 'MeetingScheduled' },
  addSkill: { service: 'skills-assessment', event: 'SkillAdded' },
  generateDocument: { service: 'document-generation', event: 'DocumentGenerated' },
  exit: { service: 'client-intake', event: 'ClientExited' },
  recordOutcome: { service: 'outcomes-reporting', event: 'ExitOutcomeRecorded' },
} as const satisfies Record<string, { service: ServiceName; event: string }>;

export type CommandKind = keyof typeof COMMAND_KINDS;

/** One HTTP attempt of a command: a definite answer (status) or none (error: refused connection, reset, timeout). */
export interface Attempt {
  /** Sent as `x-request-id`: the service stores it in the metadata of every event the request appends. */
  requestId: string;
  /** The instance it went to (a second instance has its own name). */
  instance: string;
  startedAt: number;
  endedAt: number;
  status?: number;
  /** The problem's `code`, when the service named one. */
  code?: string;
  error?: string;
}

/**
 * What the client knows of a command at the end:
 * - acknowledged: some attempt answered 2xx;
 * - refused: the last answer was a definite 4xx and no attempt before it went unanswered or 5xx;
 * - unknown: otherwise (a request that was cut off, timed out or answered 5xx may or may not
 *   have been stored: the store decides, see reconcile.ts).
 */
export type ClientOutcome = 'acknowledged' | 'refused' | 'unknown';

export interface CommandRecord {
  /** Also the Idempotency-Key and the prefix of every attempt's request id. */
  id: string;
  kind: CommandKind;
  service: ServiceName;
  clientId?: string;
  attempts: Attempt[];
  outcome?: ClientOutcome;
  /** The acknowledged answer's body, e.g. the new client's id. */
  body?: Record<string, unknown>;
}

export function outcomeOf(attempts: readonly Attempt[]): ClientOutcome {
  if (attempts.some((attempt) => attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300)) return 'acknowledged';
  const last = attempts.at(-1);
  const indefinite = (attempt: Attempt) => attempt.status === undefined || attempt.status >= 500;
  if (last && !indefinite(last) && !attempts.some(indefinite)) return 'refused';
  return 'unknown';
}

/** The request id of an attempt: `<command id>.<attempt number>`, so a stored event names its command. */
export function requestIdOf(commandId: string, attempt: number): string {
  return `${commandId}.${attempt}`;
}

export function commandIdOfRequest(requestId: string | undefined): string | undefined {
  if (!requestId) return undefined;
  const dot = requestId.lastIndexOf('.');
  return dot > 0 ? requestId.slice(0, dot) : undefined;
}

/** Every command one scenario sent, in order. */
export class CommandLedger {
  readonly records: CommandRecord[] = [];

  add(record: CommandRecord): CommandRecord {
    this.records.push(record);
    return record;
  }

  /** The first 2xx answer of `service` (any, when omitted) that started at or after `since`. */
  firstSuccessSince(since: number, service?: ServiceName): number | undefined {
    let first: number | undefined;
    for (const record of this.records) {
      if (service && record.service !== service) continue;
      for (const attempt of record.attempts) {
        if (attempt.startedAt < since || attempt.status === undefined || attempt.status >= 300 || attempt.status < 200) continue;
        if (first === undefined || attempt.endedAt < first) first = attempt.endedAt;
      }
    }
    return first;
  }

  /** Answers by status ("500", "503", "none") over every attempt, to show what clients saw during a fault. */
  statusCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const record of this.records) {
      for (const attempt of record.attempts) {
        const key = attempt.status === undefined ? 'none' : String(attempt.status);
        counts[key] = (counts[key] ?? 0) + 1;
      }
    }
    return counts;
  }
}
