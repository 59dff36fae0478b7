import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, streamIdOf, type CommandContext, type EventCodec, type EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { OUTCOME_CATEGORY, OUTCOME_SCHEMA_VERSIONS, outcomeDecider, type OutcomeCommand, type OutcomeEvent } from '../outcome';
import { OUTCOME_EVENT_CODEC } from './outcome-event-codec';

export class RecordOutcomeCommand {
  constructor(
    readonly processId: string,
    readonly command: OutcomeCommand,
    readonly context: CommandContext,
    readonly expectedRevision?: number,
  ) {}
}

export interface RecordOutcomeResult {
  recorded: OutcomeEvent['type'][];
  /** The stream's revision after the command (-1: nothing recorded yet). */
  revision: number;
}

/** Runs an outcome command on `outcome-<processId>` (the generic load, decide, append loop). */
@CommandHandler(RecordOutcomeCommand)
export class RecordOutcomeHandler implements ICommandHandler<RecordOutcomeCommand, RecordOutcomeResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(OUTCOME_EVENT_CODEC) private readonly codec: EventCodec<OutcomeEvent>,
  ) {}

  async execute({ processId, command, context, expectedRevision }: RecordOutcomeCommand): Promise<RecordOutcomeResult> {
    const result = await handleCommand({
      store: this.store,
      decider: outcomeDecider,
      streamId: streamIdOf(OUTCOME_CATEGORY, processId),
      command,
      context,
      schemaVersions: OUTCOME_SCHEMA_VERSIONS,
      codec: this.codec,
      ...(expectedRevision !== undefined && { expectedRevision }),
    });
    return { recorded: result.newEvents.map((e) => e.type), revision: result.nextExpectedRevision };
  }
}
