import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read-models/read-models.module';
import { AgendaController } from './agenda.controller';
import { AgendaHandler } from './agenda.query';

@Module({
  imports: [ReadModelsModule],
  controllers: [AgendaController],
  providers: [AgendaHandler],
})
export class AdvisorAgendaModule {}
