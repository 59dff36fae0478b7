import { Module } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/platform';
import type { Connection } from 'mongoose';
import { DocumentFileStore } from './document-file-store';

/** The rendered files, in this service's own MongoDB database (GridFS). */
@Module({
  providers: [{ provide: DocumentFileStore, inject: [MONGO_CONNECTION], useFactory: (connection: Connection) => new DocumentFileStore(connection) }],
  exports: [DocumentFileStore],
})
export class StorageModule {}
