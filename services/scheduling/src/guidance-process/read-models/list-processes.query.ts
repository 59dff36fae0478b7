import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Model } from 'mongoose';
import { processView, type ProcessView } from './process-view';
import { PROCESS_SUMMARY_MODEL, type ProcessSummaryDocument } from './process-summary.schema';

/** A client's processes in the caller's organisation, newest first; no personal fields. */
export class ListProcessesQuery {
  constructor(
    readonly clientId: string,
    readonly organisation: string,
    readonly now: Date,
  ) {}
}

@QueryHandler(ListProcessesQuery)
export class ListProcessesHandler implements IQueryHandler<ListProcessesQuery, { items: ProcessView[] }> {
  constructor(@Inject(PROCESS_SUMMARY_MODEL) private readonly processes: Model<ProcessSummaryDocument>) {}

  async execute({ clientId, organisation, now }: ListProcessesQuery): Promise<{ items: ProcessView[] }> {
    const rows = await this.processes.find({ clientId, organisation }).sort({ openedAt: -1 }).lean();
    return { items: rows.map((row) => processView(row.state, row.revision, now)) };
  }
}
