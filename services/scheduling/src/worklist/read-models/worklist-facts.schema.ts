import type { Provider } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/platform';
import { Schema, type Connection } from 'mongoose';
import type { Deadline } from '../domain/worklist.reasons';

/**
 * One row per guidance process: what the worklist needs besides the process itself (which is in
 * guidance_processes). Fed by other services' facts over Kafka (exit, outcome, six-month
 * follow-up; deduplicated by event id) and by projections of scheduling's other streams
 * (`deadlines`, each source guarded by its own stream revision in `revisions`). Ids, dates and
 * codes only.
 */
export interface WorklistFactsDocument {
  _id: string;
  clientId: string;
  organisation: string;
  exitDate?: string;
  outcomeRecordedAt?: string;
  followUpRecordedAt?: string;
  deadlines?: Record<string, Deadline>;
  revisions?: Record<string, number>;
  appliedEventIds: string[];
}

export const worklistFactsSchema = new Schema<WorklistFactsDocument>(
  {
    _id: { type: String, required: true },
    clientId: { type: String, index: true },
    organisation: String,
    exitDate: String,
    outcomeRecordedAt: String,
    followUpRecordedAt: String,
    deadlines: Schema.Types.Mixed,
    revisions: { type: Map, of: Number },
    appliedEventIds: { type: [String], default: [] },
  },
  { collection: 'worklist_facts', versionKey: false, minimize: false },
);
worklistFactsSchema.index({ organisation: 1, followUpRecordedAt: 1 });

export const WORKLIST_FACTS_MODEL = 'WORKLIST_FACTS_MODEL';

export const worklistFactsModelProvider: Provider = {
  provide: WORKLIST_FACTS_MODEL,
  inject: [MONGO_CONNECTION],
  useFactory: (connection: Connection) => connection.model<WorklistFactsDocument>('WorklistFacts', worklistFactsSchema),
};
