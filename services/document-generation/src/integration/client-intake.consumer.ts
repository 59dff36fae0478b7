import { Inject, Injectable } from '@nestjs/common';
import { PERSONAL_DATA_DESTROYED, type IntegrationEvent, type PersonalDataDestroyedV1 } from '@career/contracts';
import type { IntegrationEventHandler } from '@career/messaging';
import { ROOT_LOGGER } from '@career/platform';
import { MONGO_CONNECTION } from '@career/platform';
import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import { DestroyClientDocuments } from '../document/destroy-client-documents';

/** How long a destruction waits for MongoDB to come back before the message is retried (and finally dead-lettered). */
const STORAGE_WAIT_MS = 20_000;

/**
 * What document generation takes from client-intake's topic: PersonalDataDestroyed with
 * scope "all" deletes the client's documents. Scope "voluntary" (the disadvantage answers)
 * concerns nothing here: documents never contain those answers. Other events are acknowledged.
 */
@Injectable()
export class ClientEventsHandler implements IntegrationEventHandler {
  constructor(
    private readonly destroy: DestroyClientDocuments,
    @Inject(MONGO_CONNECTION) private readonly connection: Connection,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async handle(event: IntegrationEvent): Promise<void> {
    if (event.type !== PERSONAL_DATA_DESTROYED || event.version !== 1) return;
    const data = event.data as PersonalDataDestroyedV1;
    if (data.scope !== 'all') return;
    await this.storageConnected();
    const result = await this.destroy.execute({ clientId: data.clientId, organisation: data.organisation, causedBy: event.id, now: new Date() });
    // Ids and counts only.
    this.logger.info({ clientId: data.clientId, documents: result.documents, files: result.files }, 'client documents destroyed');
  }

  /** A destruction must not be dead-lettered because MongoDB blinked: give it a while first. */
  private async storageConnected(): Promise<void> {
    const deadline = Date.now() + STORAGE_WAIT_MS;
    while (this.connection.readyState !== mongoose.ConnectionStates.connected && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
