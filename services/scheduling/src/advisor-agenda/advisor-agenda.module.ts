import { Module } from '@nestjs/common';
import { AdvisorBookingGuard } from './booking/advisor-booking.guard';
import { advisorSlotModelProvider } from './booking/advisor-slot.schema';
import { AgendaController } from './http/agenda.controller';
import { agendaMeetingModelProvider, AGENDA_MEETING_MODEL } from './read-models/agenda-meeting.schema';
import { AgendaHandler } from './read-models/agenda.query';

/**
 * Advisors' agendas across all their clients' processes: the agenda read model (fed from the
 * guidance-process streams), its JSON and iCalendar endpoints, and the booking guard that keeps
 * an advisor from being double-booked.
 */
@Module({
  controllers: [AgendaController],
  providers: [agendaMeetingModelProvider, advisorSlotModelProvider, AgendaHandler, AdvisorBookingGuard],
  exports: [AGENDA_MEETING_MODEL, AdvisorBookingGuard],
})
export class AdvisorAgendaModule {}
