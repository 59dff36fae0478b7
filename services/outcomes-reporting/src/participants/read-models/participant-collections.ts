import { Schema, type Connection, type Model } from 'mongoose';
import type { OutcomeRowDocument, ParticipantClientDocument, ParticipantProcessDocument } from '../domain/participant-documents';

/**
 * The read model lives in generations: a rebuild fills a fresh set of collections while the
 * live set keeps serving, then the pointer moves (participant-read-models.ts). The first
 * generation, `g0`, uses the plain names.
 */
export const INITIAL_GENERATION = 'g0';

export interface ParticipantCollections {
  generation: string;
  processes: Model<ParticipantProcessDocument>;
  clients: Model<ParticipantClientDocument>;
  outcomes: Model<OutcomeRowDocument>;
}

const mixed = Schema.Types.Mixed;

// Sub-documents are Mixed: updates set dotted paths into maps keyed by ids (`meetings.<id>`),
// and each path is written by one kind of event only (see participant-documents.ts).
const processSchema = new Schema<ParticipantProcessDocument>(
  {
    _id: { type: String, required: true },
    clientId: { type: String, index: true },
    processNumber: Number,
    organisation: { type: String, index: true },
    registration: mixed,
    reentry: mixed,
    exit: mixed,
    opened: mixed,
    closed: mixed,
    meetings: mixed,
    initialAssessment: mixed,
    overdueOn: String,
    referrals: mixed,
    trainings: mixed,
  },
  { versionKey: false, minimize: false },
);

const clientSchema = new Schema<ParticipantClientDocument>(
  {
    _id: { type: String, required: true },
    advisors: mixed,
    documents: mixed,
    selfAssessments: mixed,
    interestInventories: mixed,
    skillRecords: mixed,
    profileTexts: mixed,
    voluntaryWithdrawn: Boolean,
  },
  { versionKey: false, minimize: false },
);

const outcomeSchema = new Schema<OutcomeRowDocument>(
  {
    _id: { type: String, required: true },
    clientId: { type: String, required: true, index: true },
    organisation: { type: String, required: true },
    revision: { type: Number, required: true },
    fields: { type: mixed, required: true },
  },
  { versionKey: false, minimize: false },
);

export function collectionNamesOf(generation: string): { processes: string; clients: string; outcomes: string } {
  if (!/^g[0-9a-z]{1,20}$/.test(generation)) throw new Error(`not a read-model generation: ${generation}`);
  const suffix = generation === INITIAL_GENERATION ? '' : `_${generation}`;
  return { processes: `participant_processes${suffix}`, clients: `participant_clients${suffix}`, outcomes: `outcome_rows${suffix}` };
}

export function participantCollectionsOf(connection: Connection, generation: string): ParticipantCollections {
  const names = collectionNamesOf(generation);
  const model = <T>(name: string, schema: Schema<T>, collection: string): Model<T> =>
    (connection.models[name] as Model<T> | undefined) ?? connection.model<T>(name, schema, collection);
  return {
    generation,
    processes: model(`ParticipantProcess_${generation}`, processSchema, names.processes),
    clients: model(`ParticipantClient_${generation}`, clientSchema, names.clients),
    outcomes: model(`OutcomeRow_${generation}`, outcomeSchema, names.outcomes),
  };
}

/** Forgets a generation's models once its collections are dropped. */
export function forgetCollections(connection: Connection, generation: string): void {
  for (const name of [`ParticipantProcess_${generation}`, `ParticipantClient_${generation}`, `OutcomeRow_${generation}`]) {
    if (connection.models[name]) connection.deleteModel(name);
  }
}
