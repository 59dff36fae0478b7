import { Inject, Injectable } from '@nestjs/common';
import type { EventOfType } from '@career/contracts';
import { SYSTEM_ACCESS, type CommandSideContext, type CommandSideOf } from '@career/event-sourcing';
import type { IntegrationHandlers, ProducerConsumer } from '@career/messaging';
import { MONGO_CONNECTION, ROOT_LOGGER } from '@career/platform';
import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import { documentAggregate } from '../document/domain/document.aggregate';
import { documentIdsOfClient } from '../document/domain/document-id';
import { SealedDocumentFiles } from '../storage/sealed-document-files';

/** How long a destruction waits for MongoDB to come back before the message is retried (and finally dead-lettered). */
const STORAGE_WAIT_MS = 20_000;

/**
 * What document generation takes from client-intake's topic: PersonalDataDestroyed with
 * scope "all" destroys the client's documents (docs/domain.md#personal-data). Scope
 * "voluntary" (the disadvantage answers) concerns nothing here: documents never contain
 * those answers. Other events are not this service's business.
 */
@Injectable()
export class ClientIntakeConsumer implements ProducerConsumer<'client-intake'> {
  readonly producer = 'client-intake' as const;

  readonly handlers: IntegrationHandlers<'client-intake'> = {
    PersonalDataDestroyed: (event) => this.destroyDocuments(event),
  };

  constructor(
    @Inject(documentAggregate.token) private readonly documents: CommandSideOf<typeof documentAggregate>,
    private readonly files: SealedDocumentFiles,
    @Inject(MONGO_CONNECTION) private readonly connection: Connection,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * First DocumentsDestroyed on each of the client's documents (no version can be added after
   * it), then this service's copy of the client's key (every stored copy of a file becomes
   * unreadable: crypto-shredding), then the files of every version. Both steps are idempotent, so a redelivered message
   * repeats them harmlessly; a generation racing with it loses (refused, its file deleted by
   * either side).
   */
  private async destroyDocuments(event: EventOfType<'client-intake', 'PersonalDataDestroyed'>): Promise<void> {
    const { clientId, organisation, scope } = event.data;
    if (scope !== 'all') return;
    await this.storageConnected();
    const now = new Date();
    const context: CommandSideContext = {
      actor: { id: 'document-generation', role: 'system' },
      organisation,
      correlationId: event.id,
      causationId: event.id,
      now,
    };
    let documents = 0;
    for (const documentId of documentIdsOfClient(clientId)) {
      const result = await this.documents.handle(documentId, { type: 'DestroyDocuments', data: { documentId, clientId }, metadata: { now } }, { context, access: SYSTEM_ACCESS });
      documents += result.newEvents.length;
    }
    const files = await this.files.destroyAllOf(clientId);
    // Ids and counts only.
    this.logger.info({ clientId, documents, files }, 'client documents destroyed');
  }

  /** A destruction must not be dead-lettered because MongoDB blinked: give it a while first. */
  private async storageConnected(): Promise<void> {
    const deadline = Date.now() + STORAGE_WAIT_MS;
    while (this.connection.readyState !== mongoose.ConnectionStates.connected && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
