import { Module } from '@nestjs/common';
import { CommandSideModule } from '@career/event-store';
import { InputsModule } from '../internal-api-clients/inputs.module';
import { StorageModule } from '../storage/storage.module';
import { DocumentGenerator } from './document-generator';
import { documentAggregate } from './domain/document.aggregate';
import { DocumentController } from './http/document.controller';
import { MyDocumentsController } from './http/my-documents.controller';
import { GetDocumentContentHandler } from './queries/get-document-content.query';
import { GetDocumentHandler, GetDocumentVersionHandler } from './queries/get-document.query';
import { ListClientDocumentsHandler } from './queries/list-client-documents.query';

/** The document streams' command side, bound once: generation here, destruction in the client-intake consumer. */
const documentCommandSide = CommandSideModule.forAggregates([documentAggregate]);

/** Documents: generation over HTTP and the queries that read the document streams. */
@Module({
  imports: [documentCommandSide, InputsModule, StorageModule],
  controllers: [DocumentController, MyDocumentsController],
  providers: [DocumentGenerator, GetDocumentHandler, GetDocumentVersionHandler, GetDocumentContentHandler, ListClientDocumentsHandler],
  exports: [documentCommandSide, StorageModule],
})
export class DocumentModule {}
