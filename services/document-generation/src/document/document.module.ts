import { Module } from '@nestjs/common';
import { InputsModule } from '../inputs/inputs.module';
import { StorageModule } from '../storage/storage.module';
import { GenerateDocumentHandler } from './commands/generate-document.handler';
import { DestroyClientDocuments } from './destroy-client-documents';
import { DocumentController } from './document.controller';
import { GetDocumentContentHandler } from './queries/get-document-content.query';
import { GetDocumentHandler, GetDocumentVersionHandler } from './queries/get-document.query';
import { ListClientDocumentsHandler } from './queries/list-client-documents.query';

@Module({
  imports: [InputsModule, StorageModule],
  controllers: [DocumentController],
  providers: [
    GenerateDocumentHandler,
    GetDocumentHandler,
    GetDocumentVersionHandler,
    GetDocumentContentHandler,
    ListClientDocumentsHandler,
    DestroyClientDocuments,
  ],
  exports: [DestroyClientDocuments],
})
export class DocumentModule {}
