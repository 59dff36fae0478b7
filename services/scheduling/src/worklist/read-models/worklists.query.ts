import { Inject, Injectable } from '@nestjs/common';
import { helsinkiDate } from '@career/calendar';
import type { Model } from 'mongoose';
import { GROUP_SESSION_SUMMARY_MODEL, type GroupSessionSummaryDocument } from '../../group-session/read-models/group-session-summary.schema';
import { PROCESS_SUMMARY_MODEL, type ProcessSummaryDocument } from '../../guidance-process/read-models/process-summary.schema';
import { KNOWN_CLIENT_MODEL, type KnownClientDocument } from '../../known-clients/read-models/known-client.schema';
import { processReasons } from '../domain/process-reasons';
import { sessionReasons } from '../domain/session-reasons';
import { WORKLIST_REASONS, type WorklistReason, type WorklistReasonCode } from '../domain/worklist.reasons';
import { WORKLIST_FACTS_MODEL, type WorklistFactsDocument } from './worklist-facts.schema';

/** One row: why it is there, when it is (was) due, whose it is, and the record it is about. */
export interface WorklistRow {
  reason: { code: WorklistReasonCode; text: string };
  dueDate: string;
  overdue: boolean;
  clientId?: string;
  processId?: string;
  advisorId?: string;
  sessionId?: string;
  links: { self: string };
}

export interface WorklistPage {
  asOf: string;
  days: number;
  total: number;
  limit: number;
  offset: number;
  items: WorklistRow[];
}

export interface WorklistRequest {
  organisation: string;
  now: Date;
  days: number;
  limit: number;
  offset: number;
  reason?: WorklistReasonCode;
}

/**
 * The worklists (docs/domain.md#the-process): an advisor's own clients, or a coordinator's whole
 * organisation with its group sessions. Built from read models only: the processes
 * (guidance_processes, the decider's state), the facts other services published about them
 * (worklist_facts) and the sessions (group_sessions). Which rows are due depends on the moment
 * and on `days`, so the rules run at read time; rows are sorted by urgency (the longest overdue
 * first, then what falls due soonest) and paged.
 */
@Injectable()
export class Worklists {
  constructor(
    @Inject(PROCESS_SUMMARY_MODEL) private readonly processes: Model<ProcessSummaryDocument>,
    @Inject(WORKLIST_FACTS_MODEL) private readonly facts: Model<WorklistFactsDocument>,
    @Inject(KNOWN_CLIENT_MODEL) private readonly clients: Model<KnownClientDocument>,
    @Inject(GROUP_SESSION_SUMMARY_MODEL) private readonly sessions: Model<GroupSessionSummaryDocument>,
  ) {}

  /** The advisor's own clients: those whose current advisor (client-intake's AdvisorAssigned) is them. */
  async forAdvisor(advisorId: string, request: WorklistRequest): Promise<WorklistPage> {
    const mine = await this.clients.find({ organisation: request.organisation, advisorId }, { _id: 1 }).lean();
    const clientIds = mine.map((client) => client._id);
    const rows = await this.processRows(request, { clientId: { $in: clientIds } }, new Map(clientIds.map((id) => [id, advisorId])));
    return page(rows, request);
  }

  /** The whole organisation, with the advisor of each client, plus its group sessions. */
  async forOrganisation(request: WorklistRequest): Promise<WorklistPage> {
    const advisors = new Map((await this.clients.find({ organisation: request.organisation }, { advisorId: 1 }).lean()).map((c) => [c._id, c.advisorId]));
    const rows = [...(await this.processRows(request, {}, advisors)), ...(await this.sessionRows(request))];
    return page(rows, request);
  }

  private async processRows(request: WorklistRequest, clientFilter: Record<string, unknown>, advisors: Map<string, string | undefined>): Promise<WorklistRow[]> {
    const { organisation, now, days } = request;
    // Candidates: every open process, and the closed ones whose after-exit duties are not all recorded.
    const open = await this.processes.find({ organisation, status: 'Open', ...clientFilter }, { state: 1, clientId: 1 }).lean();
    const pendingAfterExit = await this.facts
      .find({ organisation, ...clientFilter, exitDate: { $exists: true }, $or: [{ outcomeRecordedAt: { $exists: false } }, { followUpRecordedAt: { $exists: false } }] })
      .lean();
    const openIds = open.map((p) => p._id);
    const openFacts = await this.facts.find({ _id: { $in: openIds } }).lean();
    const factsById = new Map([...openFacts, ...pendingAfterExit].map((f) => [f._id, f]));
    const statesById = new Map(open.map((p) => [p._id, p.state]));
    const rows: WorklistRow[] = [];
    for (const processId of new Set([...openIds, ...pendingAfterExit.map((f) => f._id)])) {
      const state = statesById.get(processId);
      const facts = factsById.get(processId);
      const clientId = state?.clientId ?? facts?.clientId;
      if (!clientId) continue;
      for (const reason of processReasons(state, facts, now, days)) {
        const advisorId = advisors.get(clientId) ?? state?.advisorId;
        rows.push(rowOf(reason, now, { clientId, processId, ...(advisorId ? { advisorId } : {}), links: { self: processLinkOf(reason.code, processId) } }));
      }
    }
    return rows;
  }

  private async sessionRows({ organisation, now, days }: WorklistRequest): Promise<WorklistRow[]> {
    const ahead = await this.sessions.find({ organisation, start: { $gt: now.toISOString() } }).lean();
    return ahead.flatMap((session) =>
      sessionReasons({ title: session.title, start: session.start, capacity: session.capacity, enrolled: session.roster.length, waiting: session.waitingList.length }, now, days).map((reason) =>
        rowOf(reason, now, { sessionId: session._id, links: { self: `/api/v1/group-sessions/${session._id}` } }),
      ),
    );
  }
}

/** The record a process row is about: the plan for its steps, otherwise the process. */
function processLinkOf(code: WorklistReasonCode, processId: string): string {
  const process = `/api/v1/guidance-processes/${processId}`;
  return code === 'plan-step-overdue' ? `${process}/career-plan` : process;
}

function rowOf(reason: WorklistReason, now: Date, about: Omit<WorklistRow, 'reason' | 'dueDate' | 'overdue'>): WorklistRow {
  return { reason: { code: reason.code, text: reason.text }, dueDate: reason.dueDate, overdue: reason.dueDate < helsinkiDate(now), ...about };
}

/** Urgency: the earliest due date first; on the same day the more pressing kind; then a stable id order. */
function byUrgency(a: WorklistRow, b: WorklistRow): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  const kinds = WORKLIST_REASONS.indexOf(a.reason.code) - WORKLIST_REASONS.indexOf(b.reason.code);
  if (kinds !== 0) return kinds;
  return (a.processId ?? a.sessionId ?? '').localeCompare(b.processId ?? b.sessionId ?? '');
}

function page(rows: WorklistRow[], request: WorklistRequest): WorklistPage {
  const chosen = request.reason ? rows.filter((row) => row.reason.code === request.reason) : rows;
  chosen.sort(byUrgency);
  return {
    asOf: request.now.toISOString(),
    days: request.days,
    total: chosen.length,
    limit: request.limit,
    offset: request.offset,
    items: chosen.slice(request.offset, request.offset + request.limit),
  };
}
