import { Module } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/platform';
import type { Connection } from 'mongoose';
import { DocumentFileStore } from './document-file-store';
import { SealedDocumentFiles } from './sealed-document-files';

/** The rendered files, in this service's own MongoDB database (GridFS), encrypted with each client's key. */
@Module({
  providers: [
    { provide: DocumentFileStore, inject: [MONGO_CONNECTION], useFactory: (connection: Connection) => new DocumentFileStore(connection) },
    SealedDocumentFiles,
  ],
  exports: [SealedDocumentFiles],
})
export class StorageModule {}
