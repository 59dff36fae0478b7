import { Module, type Provider } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/platform';
import type { Connection, Model } from 'mongoose';
import { ADVISOR_SLOT_MODEL, advisorSlotModel } from '../advisor-agenda/advisor-slot.schema';
import { AGENDA_MEETING_MODEL, agendaMeetingModel } from '../advisor-agenda/agenda-meeting.schema';
import { KNOWN_CLIENT_MODEL, knownClientModel } from '../client-intake-feed/known-client.schema';
import { KnownClients } from '../client-intake-feed/known-clients';
import { GROUP_SESSION_SUMMARY_MODEL, groupSessionSummaryModel } from '../group-session/projections/group-session-summary.schema';
import { PROCESS_SUMMARY_MODEL, processSummaryModel } from '../guidance-process/projections/process-summary.schema';
import { ProjectionsLifecycle } from './projections.lifecycle';

const model = (token: string, create: (connection: Connection) => Model<never>): Provider => ({
  provide: token,
  inject: [MONGO_CONNECTION],
  useFactory: create,
});

const MODELS = [
  model(PROCESS_SUMMARY_MODEL, processSummaryModel as never),
  model(AGENDA_MEETING_MODEL, agendaMeetingModel as never),
  model(GROUP_SESSION_SUMMARY_MODEL, groupSessionSummaryModel as never),
  model(ADVISOR_SLOT_MODEL, advisorSlotModel as never),
  model(KNOWN_CLIENT_MODEL, knownClientModel as never),
];

/** Scheduling's MongoDB collections, and the projection runners that keep the read models current. */
@Module({
  providers: [...MODELS, ProjectionsLifecycle, KnownClients],
  exports: [PROCESS_SUMMARY_MODEL, AGENDA_MEETING_MODEL, GROUP_SESSION_SUMMARY_MODEL, ADVISOR_SLOT_MODEL, KNOWN_CLIENT_MODEL, ProjectionsLifecycle, KnownClients],
})
export class ReadModelsModule {}
