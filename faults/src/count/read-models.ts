import mongoose, { type Connection } from 'mongoose';
import type { PrivateInfra } from '../world/private-infra';

type Doc = Record<string, unknown> & { _id: string };

/** The services' own MongoDB documents the counts look at, for one organisation. */
export interface ReadModelSnapshot {
  /** client-intake `clients`. */
  clients: Doc[];
  /** scheduling `guidance_processes`, `agenda_meetings`, `known_clients`. */
  processes: Doc[];
  agenda: Doc[];
  knownClients: Doc[];
  /** document-generation's GridFS `documents.files` (metadata: clientId, documentId). */
  documentFiles: Array<{ _id: string; metadata?: { clientId?: string; documentId?: string } }>;
  /** outcomes-reporting `participant_processes`, `participant_clients`, `outcome_rows`. */
  participantProcesses: Doc[];
  participantClients: Doc[];
  outcomeRows: Doc[];
  /** notifications `reminders`, `known_clients`. */
  reminders: Doc[];
  notificationClients: Doc[];
}

/**
 * Reads the read models straight from the private FerretDB, as an operator would: no service
 * API in between, so what is counted is what is stored. The connection survives FerretDB
 * restarts (the driver reconnects); a read during an outage fails and is simply retried.
 */
export class ReadModelReader {
  private readonly connection: Connection;

  constructor(infra: PrivateInfra) {
    this.connection = mongoose.createConnection(infra.mongoUrl('admin'), { serverSelectionTimeoutMS: 5_000 });
  }

  async snapshot(organisation: string, clientIds: readonly string[]): Promise<ReadModelSnapshot> {
    const db = (service: string) => this.connection.useDb(`faults-${service}`, { useCache: true }).db!;
    const find = (service: string, collection: string, filter: Record<string, unknown>) =>
      db(service).collection(collection).find(filter).toArray() as unknown as Promise<Doc[]>;
    const ids = { $in: [...clientIds] };
    const [clients, processes, agenda, knownClients, documentFiles, participantProcesses, participantClients, outcomeRows, reminders, notificationClients] = await Promise.all([
      find('client-intake', 'clients', { organisation }),
      find('scheduling', 'guidance_processes', { organisation }),
      find('scheduling', 'agenda_meetings', { organisation }),
      find('scheduling', 'known_clients', { organisation }),
      find('document-generation', 'documents.files', { 'metadata.clientId': ids }),
      find('outcomes-reporting', 'participant_processes', { clientId: ids }),
      find('outcomes-reporting', 'participant_clients', { _id: ids }),
      find('outcomes-reporting', 'outcome_rows', { organisation }),
      find('notifications', 'reminders', { organisation }),
      find('notifications', 'known_clients', { _id: ids }),
    ]);
    return {
      clients,
      processes,
      agenda,
      knownClients,
      documentFiles: documentFiles as ReadModelSnapshot['documentFiles'],
      participantProcesses,
      participantClients,
      outcomeRows,
      reminders,
      notificationClients,
    };
  }

  async close(): Promise<void> {
    await this.connection.close().catch(() => undefined);
  }
}
