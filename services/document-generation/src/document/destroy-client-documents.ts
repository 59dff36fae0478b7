import { Inject, Injectable } from '@nestjs/common';
import { handleCommand, type CommandContext, type EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { DocumentFileStore } from '../storage/document-file-store';
import { documentDecider } from './document.decider';
import { DOCUMENT_SCHEMA_VERSIONS } from './document.events';
import { documentIdsOfClient, documentStreamIdOf } from './document-id';

export interface DestructionRequest {
  clientId: string;
  organisation: string;
  /** The PersonalDataDestroyed event's id: correlation and causation of what follows. */
  causedBy: string;
  now: Date;
}

/**
 * Destroys a client's documents when client-intake destroyed the client's personal data:
 * first DocumentsDestroyed on each document (no version can be added after it), then the
 * files of every version. Both steps are idempotent, so a redelivered message repeats them
 * harmlessly; a generation racing with it loses (refused, its file deleted by either side).
 */
@Injectable()
export class DestroyClientDocuments {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly files: DocumentFileStore,
  ) {}

  async execute(request: DestructionRequest): Promise<{ documents: number; files: number }> {
    const context: CommandContext = {
      actor: { id: 'document-generation', role: 'system' },
      organisation: request.organisation,
      clientId: request.clientId,
      correlationId: request.causedBy,
      causationId: request.causedBy,
      now: request.now,
    };
    let documents = 0;
    for (const documentId of documentIdsOfClient(request.clientId)) {
      const result = await handleCommand({
        store: this.store,
        decider: documentDecider,
        streamId: documentStreamIdOf(documentId),
        command: { type: 'DestroyDocuments', data: { documentId, clientId: request.clientId }, metadata: { now: request.now } },
        context,
        schemaVersions: DOCUMENT_SCHEMA_VERSIONS,
      });
      documents += result.newEvents.length;
    }
    const files = await this.files.deleteAllOf(request.clientId);
    return { documents, files };
  }
}
