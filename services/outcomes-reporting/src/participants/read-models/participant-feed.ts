import { Inject, Injectable } from '@nestjs/common';
import type { IntegrationEvent } from '@career/contracts';
import { DATA_KEY_STORE, type DataKeyStore } from '@career/privacy';
import type { Model } from 'mongoose';
import { setFacts } from './set-facts';
import { LiveGate } from './live-gate';
import type { ParticipantCollections } from './participant-collections';
import { ParticipantReadModels } from './participant-read-models';
import { participantEffectsOf } from './participant-updates';

/**
 * Writes the integration events into a generation of the participant collections: one
 * single-document `$set` per update, idempotent by construction (see setFacts), so delivery
 * at least once counts each event once.
 */
@Injectable()
export class ParticipantFeed {
  readonly gate = new LiveGate();

  constructor(
    private readonly models: ParticipantReadModels,
    @Inject(DATA_KEY_STORE) private readonly keys: DataKeyStore,
  ) {}

  /** The live consumer's path: into the active generation, unless a rebuild holds the gate. */
  applyLive(event: IntegrationEvent): Promise<void> {
    return this.gate.run(async () => {
      await this.apply(await this.models.active(), event);
      const { destroyKeyOf } = participantEffectsOf(event);
      // Only live: a replay must not act on the world again (the key is gone already).
      if (destroyKeyOf) await this.keys.destroy(destroyKeyOf);
    });
  }

  /** Applies the event's row updates to `collections` (the rebuild's replay uses it directly). */
  async apply(collections: ParticipantCollections, event: IntegrationEvent): Promise<void> {
    for (const update of participantEffectsOf(event).updates) {
      const model = (update.target === 'process' ? collections.processes : collections.clients) as unknown as Model<unknown>;
      await setFacts(model, update.id, update.set);
    }
  }
}
