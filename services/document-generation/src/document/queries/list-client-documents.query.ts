import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Access } from '@career/event-sourcing';
import { documentAggregate } from '../domain/document.aggregate';
import { documentIdsOfClient } from '../domain/document-id';
import { versionViewOf, type DocumentVersionView } from '../http/document-view';
import { visibleDocument, type DocumentCommandSide } from './visible-document';

/** Every version of every document of the client, newest first. */
export class ListClientDocumentsQuery {
  constructor(
    readonly clientId: string,
    readonly access: Access,
  ) {}
}

export interface ClientDocuments {
  clientId: string;
  versions: DocumentVersionView[];
}

@QueryHandler(ListClientDocumentsQuery)
export class ListClientDocumentsHandler implements IQueryHandler<ListClientDocumentsQuery, ClientDocuments> {
  constructor(@Inject(documentAggregate.token) private readonly documents: DocumentCommandSide) {}

  async execute({ clientId, access }: ListClientDocumentsQuery): Promise<ClientDocuments> {
    // A client has at most nine documents (3 kinds × 3 languages) with derived ids: read them directly.
    const documents = await Promise.all(documentIdsOfClient(clientId).map((id) => visibleDocument(this.documents, id, access)));
    const versions = documents
      .flatMap((visible) => (visible ? visible.document.versions.map((version) => versionViewOf(visible.document, version)) : []))
      .sort((a, b) => b.generatedAt.localeCompare(a.generatedAt) || b.version - a.version || a.documentId.localeCompare(b.documentId));
    return { clientId, versions };
  }
}
