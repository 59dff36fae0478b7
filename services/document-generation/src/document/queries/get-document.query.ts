import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Access } from '@career/event-sourcing';
import { documentAggregate } from '../domain/document.aggregate';
import { documentViewOf, versionViewOf, type DocumentVersionView, type DocumentView } from '../http/document-view';
import { versionNotFound, visibleDocument, type DocumentCommandSide } from './visible-document';

/** A document with all its versions (newest first). */
export class GetDocumentQuery {
  constructor(
    readonly documentId: string,
    readonly access: Access,
  ) {}
}

@QueryHandler(GetDocumentQuery)
export class GetDocumentHandler implements IQueryHandler<GetDocumentQuery, { view: DocumentView; revision: number }> {
  constructor(@Inject(documentAggregate.token) private readonly documents: DocumentCommandSide) {}

  async execute({ documentId, access }: GetDocumentQuery) {
    const visible = await visibleDocument(this.documents, documentId, access);
    if (!visible) throw documentAggregate.notFound();
    return { view: documentViewOf(visible.document), revision: visible.revision };
  }
}

/** One version's metadata. */
export class GetDocumentVersionQuery {
  constructor(
    readonly documentId: string,
    readonly version: number,
    readonly access: Access,
  ) {}
}

@QueryHandler(GetDocumentVersionQuery)
export class GetDocumentVersionHandler implements IQueryHandler<GetDocumentVersionQuery, DocumentVersionView> {
  constructor(@Inject(documentAggregate.token) private readonly documents: DocumentCommandSide) {}

  async execute({ documentId, version, access }: GetDocumentVersionQuery) {
    const visible = await visibleDocument(this.documents, documentId, access);
    if (!visible) throw documentAggregate.notFound();
    const found = visible.document.versions.find((v) => v.version === version);
    if (!found) throw versionNotFound(version);
    return versionViewOf(visible.document, found);
  }
}
