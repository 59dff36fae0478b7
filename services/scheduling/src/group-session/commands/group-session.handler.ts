import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, handleCommand, streamIdOf, type EventStore, type HandleCommandResult } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { groupSessionDecider, type GroupSessionState } from '../group-session.decider';
import { GROUP_SESSION_CATEGORY, GROUP_SESSION_SCHEMA_VERSIONS, type GroupSessionEvent } from '../group-session.events';
import { RunGroupSessionCommand } from './group-session.command';

export type GroupSessionResult = HandleCommandResult<GroupSessionState, GroupSessionEvent> & { sessionId: string };

function sessionNotFound(): DomainError {
  return new DomainError('SESSION.NOT_FOUND', 'No group session with this id.', {}, 'not-found');
}

/**
 * Runs group-session commands. A session concerns many clients, so its events are audited
 * under the session's id as `clientId`; each event's own client is in its payload, and the
 * relay keys the published messages by it. The session's facts hold no personal data, so no
 * codec is needed.
 */
@CommandHandler(RunGroupSessionCommand)
export class GroupSessionHandler implements ICommandHandler<RunGroupSessionCommand, GroupSessionResult> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ sessionId, command, context, expectedRevision }: RunGroupSessionCommand): Promise<GroupSessionResult> {
    const streamId = streamIdOf(GROUP_SESSION_CATEGORY, sessionId);
    if (command.type !== 'ScheduleGroupSession') {
      const [scheduled] = await this.store.readStream(streamId, { maxCount: 1 });
      if (!scheduled || scheduled.metadata.organisation !== context.organisation) throw sessionNotFound();
    }
    const result = await handleCommand({
      store: this.store,
      decider: groupSessionDecider,
      streamId,
      command,
      context: { ...context, clientId: sessionId },
      schemaVersions: GROUP_SESSION_SCHEMA_VERSIONS,
      expectedRevision,
    });
    return { ...result, sessionId };
  }
}
