import type { Provider } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/platform';
import { Schema, type Connection } from 'mongoose';
import type { GuidanceProcessState } from '../domain/guidance-process.state';

/**
 * One row per guidance process: the decider's own state (which holds no personal field) plus
 * the columns the lists and the overdue job query by.
 */
export interface ProcessSummaryDocument {
  _id: string;
  clientId: string;
  organisation: string;
  advisorId: string;
  status: 'Open' | 'Closed';
  phase: string;
  openedAt: string;
  /** From this instant an uncompleted initial assessment is overdue. */
  overdueFrom: string;
  overdueAnnouncedAt?: string;
  nextDueDate?: string;
  state: Exclude<GuidanceProcessState, { status: 'Empty' }>;
  revision: number;
}

export const processSummarySchema = new Schema<ProcessSummaryDocument>(
  {
    _id: { type: String, required: true },
    clientId: { type: String, index: true },
    organisation: String,
    advisorId: String,
    status: String,
    phase: String,
    openedAt: String,
    overdueFrom: String,
    overdueAnnouncedAt: String,
    nextDueDate: String,
    state: Schema.Types.Mixed,
    revision: Number,
  },
  { collection: 'guidance_processes', versionKey: false, minimize: false },
);
processSummarySchema.index({ status: 1, phase: 1, overdueFrom: 1 });

/** Inject with `@Inject(PROCESS_SUMMARY_MODEL) processes: Model<ProcessSummaryDocument>`. */
export const PROCESS_SUMMARY_MODEL = 'PROCESS_SUMMARY_MODEL';

export const processSummaryModelProvider: Provider = {
  provide: PROCESS_SUMMARY_MODEL,
  inject: [MONGO_CONNECTION],
  useFactory: (connection: Connection) => connection.model<ProcessSummaryDocument>('GuidanceProcessSummary', processSummarySchema),
};
