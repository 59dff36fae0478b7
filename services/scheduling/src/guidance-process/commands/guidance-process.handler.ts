import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  DomainError,
  fold,
  handleCommand,
  streamIdOf,
  type EventCodec,
  type EventStore,
  type HandleCommandResult,
} from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { DataKeyDestroyedError } from '@career/privacy';
import { AdvisorBookingGuard } from '../../advisor-agenda/advisor-booking.guard';
import { guidanceProcessDecider } from '../guidance-process.decider';
import { GUIDANCE_PROCESS_CATEGORY, GUIDANCE_PROCESS_SCHEMA_VERSIONS, type GuidanceProcessEvent } from '../guidance-process.events';
import { GUIDANCE_PROCESS_CODEC } from '../guidance-process-event-codec';
import { processNotFound } from '../guidance-process.guards';
import type { GuidanceProcessState } from '../guidance-process.state';
import { RunGuidanceProcessCommand } from './guidance-process.command';

export type GuidanceProcessResult = HandleCommandResult<GuidanceProcessState, GuidanceProcessEvent> & { processId: string };

/**
 * The one command handler of guidance processes: finds whose process it is (404 for another
 * organisation, so its existence is not revealed), runs the decider through the
 * command-handling loop, and passes meeting bookings through the advisor's booking guard.
 */
@CommandHandler(RunGuidanceProcessCommand)
export class GuidanceProcessHandler implements ICommandHandler<RunGuidanceProcessCommand, GuidanceProcessResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(GUIDANCE_PROCESS_CODEC) private readonly codec: EventCodec<GuidanceProcessEvent>,
    private readonly bookings: AdvisorBookingGuard,
  ) {}

  async execute({ processId, command, context, expectedRevision }: RunGuidanceProcessCommand): Promise<GuidanceProcessResult> {
    const streamId = streamIdOf(GUIDANCE_PROCESS_CATEGORY, processId);
    const clientId = command.type === 'OpenProcess' ? command.data.clientId : await this.clientOf(streamId, context.organisation);
    const run = async () => ({
      ...(await handleCommand({
        store: this.store,
        decider: guidanceProcessDecider,
        streamId,
        command,
        context: { ...context, clientId },
        schemaVersions: GUIDANCE_PROCESS_SCHEMA_VERSIONS,
        codec: this.codec,
        expectedRevision,
      })),
      processId,
    });
    try {
      if (command.type !== 'ScheduleMeeting' && command.type !== 'MoveMeeting') return await run();
      const booking = await this.bookingOf(streamId, command);
      if (!booking) return await run();
      return await this.bookings.book(booking, async () => {
        const result = await run();
        return { result, revision: result.nextExpectedRevision };
      });
    } catch (error) {
      if (error instanceof DataKeyDestroyedError) {
        throw new DomainError('CLIENT.PERSONAL_DATA_DESTROYED', 'This client’s personal data has been destroyed; nothing personal can be recorded any more.');
      }
      throw error;
    }
  }

  /** The process's client, from its first event; 404 when there is none or it is another organisation's. */
  private async clientOf(streamId: string, organisation: string): Promise<string> {
    const [opened] = await this.store.readStream(streamId, { maxCount: 1 });
    if (!opened || opened.metadata.organisation !== organisation) throw processNotFound();
    return opened.metadata.clientId;
  }

  /**
   * The slot a booking would take, found by deciding once without appending: a command the
   * rules refuse fails here, before any lock; a move to the same time books nothing.
   */
  private async bookingOf(streamId: string, command: RunGuidanceProcessCommand['command']) {
    // The state needs no personal field, so the stored (encrypted) events fold as they are.
    const events = (await this.store.readStream(streamId)) as unknown as GuidanceProcessEvent[];
    const state = fold(guidanceProcessDecider, events);
    const decided = guidanceProcessDecider.decide(command, state);
    for (const event of decided) {
      if (event.type === 'MeetingScheduled') {
        const { meetingId, advisorId, start, durationMinutes } = event.data;
        return { meetingId, advisorId, start, durationMinutes };
      }
      if (event.type === 'MeetingMoved' && state.status !== 'Empty') {
        return { meetingId: event.data.meetingId, advisorId: state.advisorId, ...event.data.to };
      }
    }
    return undefined;
  }
}
