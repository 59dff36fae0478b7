import type { IntegrationEvent } from '@career/contracts';
import type { OutcomeRowDocument, ParticipantClientDocument, ParticipantProcessDocument } from '../participant-documents';
import { participantEffectsOf } from '../participant-updates';
import { assembleParticipantRows, type AssembledRows } from '../assemble-participant-rows';

type Doc = { _id: string } & Record<string, unknown>;

/**
 * What MongoDB does with the feed's updates (`$set` of dotted paths, upserted), in memory:
 * lets the unit tests replay events in any order without a server.
 */
export class InMemoryParticipantStore {
  readonly processes = new Map<string, Doc>();
  readonly clients = new Map<string, Doc>();
  readonly outcomes: OutcomeRowDocument[] = [];

  apply(event: IntegrationEvent): void {
    for (const update of participantEffectsOf(event).updates) {
      const docs = update.target === 'process' ? this.processes : this.clients;
      const doc = docs.get(update.id) ?? { _id: update.id };
      for (const [path, value] of Object.entries(update.set)) setPath(doc, path.split('.'), structuredClone(value));
      docs.set(update.id, doc);
    }
  }

  assemble(): AssembledRows {
    return assembleParticipantRows({
      processes: [...this.processes.values()] as unknown as ParticipantProcessDocument[],
      clients: [...this.clients.values()] as unknown as ParticipantClientDocument[],
      outcomes: this.outcomes,
    });
  }
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  const [head, ...rest] = path;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const child = (target[head] ??= {}) as Record<string, unknown>;
  setPath(child, rest, value);
}
