import { Inject, Injectable } from '@nestjs/common';
import {
  ConcurrencyRetriesExhaustedError,
  WrongExpectedRevisionError,
  type Access,
  type CommandSideContext,
  type CommandSideOf,
  type Loaded,
} from '@career/event-sourcing';
import { client } from '../domain/client.aggregate';
import type { ClientEvent } from '../domain/client.events';
import type { RecordPersonalDataViewed } from '../domain/client-commands';
import type { ClientState } from '../domain/client-state';
import type { PersonalDataItem, ViewPurpose } from '../domain/client-vocabulary';
import { eraseDestroyedFields } from './erase-destroyed-fields';

/** A client as a read may show it: decrypted, and erased wherever the stream says a key was destroyed. */
export type ReadableClient = Omit<Loaded<ClientState, ClientEvent>, 'state'>;

/** What a read shows of a client, and its answer given the revision after the view was recorded (its ETag). */
export interface ClientView<T> {
  shown: readonly PersonalDataItem[];
  answer: (revision: number) => T;
}

export interface ViewRequest {
  /** The reader: staff, or a service (the view is recorded under the client's organisation either way). */
  context: CommandSideContext;
  access: Access;
  purpose?: ViewPurpose;
}

const ATTEMPTS = 3;

/**
 * The log of use (docs/domain.md#personal-data): every read of a client's personal data
 * appends PersonalDataViewed to the client's stream, with the reader (the context's actor),
 * the items shown and the stated purpose, through the client's command side.
 */
@Injectable()
export class PersonalDataUseLog {
  constructor(@Inject(client.token) private readonly clients: CommandSideOf<typeof client>) {}

  /**
   * One read of one client: loads it, lets `show` pick what the answer shows, and records that
   * view at exactly the revision shown, so the returned ETag vouches for what the caller saw.
   * A change landing in between makes it read again.
   */
  async read<T>(clientId: string, request: ViewRequest, show: (client: ReadableClient) => ClientView<T> | Promise<ClientView<T>>): Promise<T> {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const { state: _state, ...loaded } = await this.clients.load(clientId, request.access);
      const { shown, answer } = await show({ ...loaded, events: eraseDestroyedFields(loaded.events) });
      if (shown.length === 0) return answer(loaded.revision);
      try {
        const context = { ...request.context, organisation: loaded.organisation };
        const recorded = await this.clients.handle(clientId, viewed(shown, request.purpose, context.now), {
          context,
          access: request.access,
          expectedRevision: loaded.revision,
        });
        return answer(recorded.revision);
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
      }
    }
    throw new ConcurrencyRetriesExhaustedError(client.streamIdOf(clientId), ATTEMPTS);
  }

  /** A view shown from elsewhere (a list row's name): recorded at whatever revision the client is now. */
  async recordView(clientId: string, shown: readonly PersonalDataItem[], request: ViewRequest): Promise<void> {
    await this.clients.handle(clientId, viewed(shown, request.purpose, request.context.now), { context: request.context, access: request.access });
  }
}

function viewed(shown: readonly PersonalDataItem[], purpose: ViewPurpose | undefined, now: Date): RecordPersonalDataViewed {
  return { type: 'RecordPersonalDataViewed', data: { fields: [...shown], ...(purpose !== undefined ? { purpose } : {}) }, metadata: { now } };
}
