import { Module } from '@nestjs/common';
import { serviceTokenSourceProvider } from '@career/auth';
import { DocumentInputsReader } from './document-inputs.reader';

/** Reading the documents' inputs from client-intake and skills-assessment, with service tokens. */
@Module({
  providers: [serviceTokenSourceProvider, DocumentInputsReader],
  exports: [DocumentInputsReader],
})
export class InputsModule {}
