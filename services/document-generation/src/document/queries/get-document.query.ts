import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { documentViewOf, versionViewOf, type DocumentVersionView, type DocumentView } from '../document-view';
import { loadOwnDocument } from '../load-document';
import { documentNotFound, versionNotFound } from './document-not-found';

/** A document with all its versions (newest first). */
export class GetDocumentQuery {
  constructor(
    readonly documentId: string,
    readonly organisation: string,
  ) {}
}

@QueryHandler(GetDocumentQuery)
export class GetDocumentHandler implements IQueryHandler<GetDocumentQuery, { view: DocumentView; revision: number }> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ documentId, organisation }: GetDocumentQuery) {
    const loaded = await loadOwnDocument(this.store, documentId, organisation);
    if (!loaded) throw documentNotFound();
    return { view: documentViewOf(loaded.document), revision: loaded.revision };
  }
}

/** One version's metadata. */
export class GetDocumentVersionQuery {
  constructor(
    readonly documentId: string,
    readonly version: number,
    readonly organisation: string,
  ) {}
}

@QueryHandler(GetDocumentVersionQuery)
export class GetDocumentVersionHandler implements IQueryHandler<GetDocumentVersionQuery, DocumentVersionView> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ documentId, version, organisation }: GetDocumentVersionQuery) {
    const loaded = await loadOwnDocument(this.store, documentId, organisation);
    if (!loaded) throw documentNotFound();
    const found = loaded.document.versions.find((v) => v.version === version);
    if (!found) throw versionNotFound(version);
    return versionViewOf(loaded.document, found);
  }
}
