import { Module } from '@nestjs/common';
import { AdvisorDirectoryController } from './http/advisor-directory.controller';
import { advisorDirectoryModelProvider, AdvisorDirectory } from './read-models/advisor-directory';

/** Advisors' work addresses and digest choices (advisor_directory). */
@Module({
  controllers: [AdvisorDirectoryController],
  providers: [advisorDirectoryModelProvider, AdvisorDirectory],
  exports: [AdvisorDirectory],
})
export class AdvisorDirectoryModule {}
