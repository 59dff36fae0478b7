import type { Provider } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/platform';
import { Schema, type Connection } from 'mongoose';

/**
 * What scheduling knows of a client from client-intake's facts: organisation, current
 * process number, advisor, whether the client has exited. Ids and codes only.
 */
export interface KnownClientDocument {
  _id: string;
  organisation: string;
  processNumber: number;
  advisorId?: string;
  exited: boolean;
  appliedEventIds: string[];
}

export const knownClientSchema = new Schema<KnownClientDocument>(
  {
    _id: { type: String, required: true },
    organisation: String,
    processNumber: Number,
    advisorId: String,
    exited: Boolean,
    appliedEventIds: { type: [String], default: [] },
  },
  { collection: 'known_clients', versionKey: false },
);

/** Inject with `@Inject(KNOWN_CLIENT_MODEL) clients: Model<KnownClientDocument>`. */
export const KNOWN_CLIENT_MODEL = 'KNOWN_CLIENT_MODEL';

export const knownClientModelProvider: Provider = {
  provide: KNOWN_CLIENT_MODEL,
  inject: [MONGO_CONNECTION],
  useFactory: (connection: Connection) => connection.model<KnownClientDocument>('KnownClient', knownClientSchema),
};
