import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { documentIdsOfClient } from '../document-id';
import { versionViewOf, type DocumentVersionView } from '../document-view';
import { loadOwnDocument } from '../load-document';

/** Every version of every document of the client, newest first. */
export class ListClientDocumentsQuery {
  constructor(
    readonly clientId: string,
    readonly organisation: string,
  ) {}
}

export interface ClientDocuments {
  clientId: string;
  versions: DocumentVersionView[];
}

@QueryHandler(ListClientDocumentsQuery)
export class ListClientDocumentsHandler implements IQueryHandler<ListClientDocumentsQuery, ClientDocuments> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ clientId, organisation }: ListClientDocumentsQuery): Promise<ClientDocuments> {
    // A client has at most six documents (2 kinds × 3 languages) with derived ids: read them directly.
    const documents = await Promise.all(documentIdsOfClient(clientId).map((id) => loadOwnDocument(this.store, id, organisation)));
    const versions = documents
      .flatMap((loaded) => (loaded ? loaded.document.versions.map((version) => versionViewOf(loaded.document, version)) : []))
      .sort((a, b) => b.generatedAt.localeCompare(a.generatedAt) || b.version - a.version || a.documentId.localeCompare(b.documentId));
    return { clientId, versions };
  }
}
