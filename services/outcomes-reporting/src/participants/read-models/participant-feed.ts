import { Inject, Injectable } from '@nestjs/common';
import { DATA_KEY_STORE, type DataKeyStore } from '@career/privacy';
import type { Model } from 'mongoose';
import type { ParticipantUpdate } from '../domain/participant-facts';
import { LiveGate } from './live-gate';
import type { ParticipantCollections } from './participant-collections';
import { ParticipantReadModels } from './participant-read-models';
import { setFacts } from './set-facts';

/**
 * Where the consumers (src/integration) put what the events tell: the live generation of the
 * participant collections, or the fresh one a rebuild replays the topics into. The same
 * consumers write through either, so live and replay take one path.
 */
export abstract class ParticipantWriter {
  /** One single-document `$set`, upserted: idempotent by construction (see setFacts). */
  abstract write(update: ParticipantUpdate): Promise<void>;
  /** PersonalDataDestroyed `all`: destroys this service's key of the client (the business IDs in its outcome events). */
  abstract destroyKey(clientId: string): Promise<void>;
}

/**
 * The live writer: into the active generation, unless a rebuild holds the gate for the few
 * moments it takes to swap generations. Delivery at least once counts each event once, since
 * every write is idempotent.
 */
@Injectable()
export class ParticipantFeed extends ParticipantWriter {
  readonly gate = new LiveGate();

  constructor(
    private readonly models: ParticipantReadModels,
    @Inject(DATA_KEY_STORE) private readonly keys: DataKeyStore,
  ) {
    super();
  }

  write(update: ParticipantUpdate): Promise<void> {
    return this.gate.run(async () => writeInto(await this.models.active(), update));
  }

  destroyKey(clientId: string): Promise<void> {
    return this.gate.run(() => this.keys.destroy(clientId));
  }

  /** The writer of a rebuild's replay into `collections`. It destroys no key: a replay must not act on the world again (the key is gone already). */
  into(collections: ParticipantCollections): ParticipantWriter {
    return { write: (update) => writeInto(collections, update), destroyKey: async () => undefined };
  }
}

async function writeInto(collections: ParticipantCollections, update: ParticipantUpdate): Promise<void> {
  const model = (update.target === 'process' ? collections.processes : collections.clients) as unknown as Model<unknown>;
  await setFacts(model, update.id, update.set);
}
