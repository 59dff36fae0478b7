import { Injectable } from '@nestjs/common';
import { guidanceProcessIdOf } from '@career/contracts';
import type { Model } from 'mongoose';
import { assembleParticipantRows, type AssembledRows } from '../domain/assemble-participant-rows';
import type { ParticipantCollections } from './participant-collections';
import type { ParticipantProcessDocument } from '../domain/participant-documents';
import { ParticipantReadModels } from './participant-read-models';

const CHUNK = 500;

async function byIds<T>(model: Model<T>, ids: readonly string[]): Promise<T[]> {
  const found: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    found.push(...(await model.find({ _id: { $in: ids.slice(i, i + CHUNK) } } as never).lean<T[]>()));
  }
  return found;
}

/**
 * Reads a generation of the participant collections and assembles the rows. An organisation
 * filter narrows what is read (process documents carry client-intake's organisation);
 * everything else is filtered by the pure computations.
 */
@Injectable()
export class ParticipantRowsReader {
  constructor(private readonly models: ParticipantReadModels) {}

  async rows(filter: { organisation?: string } = {}, collections?: ParticipantCollections): Promise<AssembledRows> {
    const c = collections ?? (await this.models.active());
    const processes = await c.processes.find(filter.organisation ? { organisation: filter.organisation } : {}).lean<ParticipantProcessDocument[]>();
    const clientIds = [...new Set(processes.map((p) => p.clientId).filter((id): id is string => !!id))];
    const [clients, outcomes] = await Promise.all([byIds(c.clients, clientIds), byIds(c.outcomes, processes.map((p) => p._id))]);
    return assembleParticipantRows({ processes, clients, outcomes });
  }

  /**
   * A client's processes in one organisation (by process number), for the outcome API: another
   * organisation's client has none, exactly like an unknown one.
   */
  async processesOf(clientId: string, organisation: string): Promise<ParticipantProcessDocument[]> {
    const c = await this.models.active();
    // By id, not `find({ clientId })`: FerretDB filters on any other field by reading the whole
    // collection, so each outcome command would cost more with every participant stored. A
    // client's processes are numbered 1, 2, ... and their ids derive from the number
    // (guidanceProcessIdOf); a process gets its number from client-intake's events, which arrive
    // in order, so the first missing number ends the numbered ones.
    const docs: ParticipantProcessDocument[] = [];
    for (let processNumber = 1; ; processNumber++) {
      const doc = await c.processes.findOne({ _id: guidanceProcessIdOf(clientId, processNumber) } as never).lean<ParticipantProcessDocument>();
      if (!doc || doc.processNumber === undefined) break;
      docs.push(doc);
    }
    return docs.filter((d) => d.organisation === organisation);
  }

  /** Registered participants per organisation (the platform slice's report). */
  async participantsPerOrganisation(organisation?: string): Promise<{ organisation: string; participants: number }[]> {
    const c = await this.models.active();
    // One ClientRegistered per client: counting registrations counts clients; server-side, no rows in this process.
    const rows = await c.processes.aggregate<{ _id: string; count: number }>([
      { $match: { registration: { $exists: true }, ...(organisation ? { organisation } : {}) } },
      { $group: { _id: '$organisation', count: { $sum: 1 } } },
      { $sort: { _id: 1 } },
    ]);
    return rows.map((r) => ({ organisation: r._id, participants: r.count }));
  }
}
