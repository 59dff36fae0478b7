import { GoneException, Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { DocumentFileStore } from '../../storage/document-file-store';
import { versionViewOf, type DocumentVersionView } from '../document-view';
import { loadOwnDocument } from '../load-document';
import { documentNotFound, versionNotFound } from './document-not-found';

/** The stored bytes of one version (`latest` = the newest), verified against the recorded SHA-256. */
export class GetDocumentContentQuery {
  constructor(
    readonly documentId: string,
    readonly version: number | 'latest',
    readonly organisation: string,
  ) {}
}

export interface DocumentContent {
  view: DocumentVersionView;
  bytes: Buffer;
}

@QueryHandler(GetDocumentContentQuery)
export class GetDocumentContentHandler implements IQueryHandler<GetDocumentContentQuery, DocumentContent> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly files: DocumentFileStore,
  ) {}

  async execute({ documentId, version, organisation }: GetDocumentContentQuery): Promise<DocumentContent> {
    const loaded = await loadOwnDocument(this.store, documentId, organisation);
    if (!loaded) throw documentNotFound();
    const { document } = loaded;
    const wanted = version === 'latest' ? document.versions[document.versions.length - 1] : document.versions.find((v) => v.version === version);
    if (!wanted) throw versionNotFound(version === 'latest' ? 0 : version);
    if (document.status === 'Destroyed') {
      throw new GoneException("The document's files were destroyed with the client's personal data.");
    }
    // StoredFileMissingError / StoredFileCorruptError / StorageUnavailableError are mapped by the controller.
    const bytes = await this.files.read(wanted.storageRef, wanted.sha256);
    return { view: versionViewOf(document, wanted), bytes };
  }
}
