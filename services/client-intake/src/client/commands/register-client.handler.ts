import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, streamIdOf, type EventCodec, type EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { clientDecider } from '../client.decider';
import { CLIENT_CATEGORY, CLIENT_SCHEMA_VERSIONS, type ClientEvent } from '../client.events';
import { CLIENT_EVENT_CODEC } from '../client-event-codec';
import { RegisterClientCommand } from './register-client.command';

@CommandHandler(RegisterClientCommand)
export class RegisterClientHandler implements ICommandHandler<RegisterClientCommand, { clientId: string; revision: number }> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLIENT_EVENT_CODEC) private readonly codec: EventCodec<ClientEvent>,
  ) {}

  async execute({ clientId, input, context }: RegisterClientCommand) {
    const result = await handleCommand({
      store: this.store,
      decider: clientDecider,
      streamId: streamIdOf(CLIENT_CATEGORY, clientId),
      command: { type: 'RegisterClient', data: { ...input, clientId }, metadata: { now: context.now } },
      context,
      schemaVersions: CLIENT_SCHEMA_VERSIONS,
      codec: this.codec,
    });
    return { clientId, revision: result.nextExpectedRevision };
  }
}
