import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, streamIdOf, type EventCodec, type EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { clientDecider } from '../client.decider';
import { CLIENT_CATEGORY, CLIENT_SCHEMA_VERSIONS, type ClientEvent } from '../client.events';
import { CLIENT_EVENT_CODEC } from '../client-event-codec';
import { ClientStreamReader } from '../client-stream.reader';
import { organisationScopedDecider } from '../organisation-scoped-decider';
import { DataKeyShredder } from '../personal-data/data-key-shredder';
import { ChangeClientCommand, type ClientChangeResult } from './change-client.command';

/**
 * Advisor, contact details, consent, exit and destruction: decide on the decrypted stream,
 * append (with the caller's If-Match revision when given), then destroy the data keys a
 * PersonalDataDestroyed names, right away. If that last step fails the destruction is still
 * decided and recorded: reads show the fields erased from then on (eraseDestroyedFields), and
 * the destruction projection deletes the keys when it meets the event.
 */
@CommandHandler(ChangeClientCommand)
export class ChangeClientHandler implements ICommandHandler<ChangeClientCommand, ClientChangeResult> {
  private readonly logger = new Logger(ChangeClientHandler.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLIENT_EVENT_CODEC) private readonly codec: EventCodec<ClientEvent>,
    private readonly shredder: DataKeyShredder,
    private readonly reader: ClientStreamReader,
  ) {}

  async execute({ clientId, change, context, expectedRevision, organisation }: ChangeClientCommand): Promise<ClientChangeResult> {
    // Before any revision check: a stale If-Match on another organisation's client must still be
    // a 404, not a 412 that would confirm the client exists.
    if (organisation !== undefined) await this.reader.assertInOrganisation(clientId, organisation);
    const result = await handleCommand({
      store: this.store,
      decider: organisation === undefined ? clientDecider : organisationScopedDecider(organisation),
      streamId: streamIdOf(CLIENT_CATEGORY, clientId),
      command: change,
      context,
      schemaVersions: CLIENT_SCHEMA_VERSIONS,
      codec: this.codec,
      ...(expectedRevision !== undefined ? { expectedRevision } : {}),
    });
    try {
      await this.shredder.carryOut(clientId, result.newEvents);
    } catch (error) {
      this.logger.warn(
        `client ${clientId}: keys not destroyed yet (${error instanceof Error ? error.message : String(error)}); the destruction projection will retry`,
      );
    }
    return { clientId, revision: result.nextExpectedRevision, appended: result.newEvents.map((event) => event.type) };
  }
}
