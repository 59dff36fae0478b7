import { Inject, Injectable } from '@nestjs/common';
import { handleCommand, streamIdOf, type CommandContext, type EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { clientDecider } from '../client.decider';
import { CLIENT_CATEGORY, CLIENT_SCHEMA_VERSIONS } from '../client.events';
import type { PersonalDataItem, ViewPurpose } from '../domain/client-vocabulary';

/**
 * The log of use (DOMAIN.md): every read of a client's personal data appends
 * PersonalDataViewed to the client's stream, with the reader (the context's actor), the items
 * shown and the stated purpose. The event holds no personal value, so it is appended without
 * the codec and the stream is folded without decrypting anything.
 */
@Injectable()
export class PersonalDataUseLog {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /**
   * Returns the stream's revision after the record (unchanged when nothing personal was
   * shown). With `expectedRevision`, a stream that moved on since the caller read it is a
   * WrongExpectedRevisionError: what was shown is no longer what the ETag would claim.
   */
  async recordView(
    clientId: string,
    fields: readonly PersonalDataItem[],
    purpose: ViewPurpose | undefined,
    context: CommandContext,
    expectedRevision?: number,
  ): Promise<number> {
    if (fields.length === 0) {
      if (expectedRevision !== undefined) return expectedRevision;
      const [last] = await this.store.readStream(streamIdOf(CLIENT_CATEGORY, clientId), { direction: 'backwards', maxCount: 1 });
      return last?.revision ?? -1;
    }
    const result = await handleCommand({
      store: this.store,
      decider: clientDecider,
      streamId: streamIdOf(CLIENT_CATEGORY, clientId),
      command: {
        type: 'RecordPersonalDataViewed',
        data: { fields: [...fields], ...(purpose !== undefined ? { purpose } : {}) },
        metadata: { now: context.now },
      },
      context,
      schemaVersions: CLIENT_SCHEMA_VERSIONS,
      ...(expectedRevision !== undefined ? { expectedRevision } : {}),
    });
    return result.nextExpectedRevision;
  }
}
