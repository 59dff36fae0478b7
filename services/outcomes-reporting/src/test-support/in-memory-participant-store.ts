import { topicOf, type IntegrationEvent } from '@career/contracts';
import { routerOf } from '@career/messaging';
import { participantConsumers } from '../integration/participant-consumers';
import type { ParticipantUpdate } from '../participants/domain/participant-facts';
import { assembleParticipantRows, type AssembledRows } from '../participants/domain/assemble-participant-rows';
import type { OutcomeRowDocument, ParticipantClientDocument, ParticipantProcessDocument } from '../participants/domain/participant-documents';

type Doc = { _id: string } & Record<string, unknown>;

/**
 * The service's consumers (routed as the live consumer routes them) over what MongoDB does with
 * their updates (`$set` of dotted paths, upserted), in memory: lets the unit tests replay
 * events in any order without a server.
 */
export class InMemoryParticipantStore {
  readonly processes = new Map<string, Doc>();
  readonly clients = new Map<string, Doc>();
  readonly outcomes: OutcomeRowDocument[] = [];
  /** Every update written, in order. */
  readonly writes: ParticipantUpdate[] = [];
  /** The clients whose data key was destroyed. */
  readonly destroyedKeys: string[] = [];
  private readonly router = routerOf(
    participantConsumers({
      write: async (update) => this.write(update),
      destroyKey: async (clientId) => {
        this.destroyedKeys.push(clientId);
      },
    }),
  );

  /** Delivers the event on its producer's topic. */
  async apply(event: IntegrationEvent): Promise<void> {
    await this.router.route(event, { topic: topicOf(event.source.replace('/career/', '')), partition: 0, offset: '0' });
  }

  assemble(): AssembledRows {
    return assembleParticipantRows({
      processes: [...this.processes.values()] as unknown as ParticipantProcessDocument[],
      clients: [...this.clients.values()] as unknown as ParticipantClientDocument[],
      outcomes: this.outcomes,
    });
  }

  private write(update: ParticipantUpdate): void {
    this.writes.push(update);
    const docs = update.target === 'process' ? this.processes : this.clients;
    const doc = docs.get(update.id) ?? { _id: update.id };
    for (const [path, value] of Object.entries(update.set)) setPath(doc, path.split('.'), structuredClone(value));
    docs.set(update.id, doc);
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
