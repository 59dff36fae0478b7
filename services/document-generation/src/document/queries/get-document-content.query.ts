import { GoneException, Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Access } from '@career/event-sourcing';
import { FILE_DESTROYED, SealedDocumentFiles } from '../../storage/sealed-document-files';
import { documentAggregate } from '../domain/document.aggregate';
import { versionViewOf, type DocumentVersionView } from '../http/document-view';
import { versionNotFound, visibleDocument, type DocumentCommandSide } from './visible-document';

/** The stored bytes of one version (`latest` = the newest), verified against the recorded SHA-256. */
export class GetDocumentContentQuery {
  constructor(
    readonly documentId: string,
    readonly version: number | 'latest',
    readonly access: Access,
  ) {}
}

export interface DocumentContent {
  view: DocumentVersionView;
  bytes: Buffer;
}

@QueryHandler(GetDocumentContentQuery)
export class GetDocumentContentHandler implements IQueryHandler<GetDocumentContentQuery, DocumentContent> {
  constructor(
    @Inject(documentAggregate.token) private readonly documents: DocumentCommandSide,
    private readonly files: SealedDocumentFiles,
  ) {}

  async execute({ documentId, version, access }: GetDocumentContentQuery): Promise<DocumentContent> {
    const visible = await visibleDocument(this.documents, documentId, access);
    if (!visible) throw documentAggregate.notFound();
    const { document } = visible;
    const wanted = version === 'latest' ? document.versions[document.versions.length - 1] : document.versions.find((v) => v.version === version);
    if (!wanted) throw versionNotFound(version === 'latest' ? 0 : version);
    if (document.status === 'Destroyed') throw destroyed();
    // StoredFileMissingError / StoredFileCorruptError / StorageUnavailableError are HTTP exceptions themselves (500, 500, 503).
    const bytes = await this.files.read(wanted.storageRef, { clientId: document.clientId, documentId }, wanted.sha256);
    // The client's key is destroyed before the stream says so (the destruction is under way): the same answer.
    if (bytes === FILE_DESTROYED) throw destroyed();
    return { view: versionViewOf(document, wanted), bytes };
  }
}

function destroyed(): GoneException {
  return new GoneException("The document's files were destroyed with the client's personal data.");
}
