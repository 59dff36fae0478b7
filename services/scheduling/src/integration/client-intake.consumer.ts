import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ADVISOR_ASSIGNED,
  CLIENT_EXITED,
  CLIENT_REENTERED,
  CLIENT_REGISTERED,
  PERSONAL_DATA_DESTROYED,
  type AdvisorAssignedV1,
  type ClientExitedV1,
  type ClientReenteredV1,
  type ClientRegisteredV1,
  type IntegrationEvent,
  type PersonalDataDestroyedV1,
  guidanceProcessIdOf,
} from '@career/contracts';
import { DomainError } from '@career/event-sourcing';
import type { IntegrationEventHandler } from '@career/messaging';
import { DATA_KEY_STORE, type DataKeyStore } from '@career/privacy';
import { applyOnce } from '@career/projections';
import type { Model } from 'mongoose';
import { RunGuidanceProcessCommand } from '../guidance-process/commands/guidance-process.command';
import { definedOnly } from '../shared/defined-only';
import { systemContext } from '../shared/system-context';
import { KNOWN_CLIENT_MODEL, type KnownClientDocument } from './known-client.schema';

/** Outcomes that mean "already done": a redelivered fact must change nothing and fail nothing. */
const ALREADY_DONE = new Set(['PROCESS.ALREADY_OPENED', 'PROCESS.CLOSED', 'PROCESS.NOT_FOUND']);

/**
 * client-intake's facts drive the guidance process: a client with an advisor gets a process
 * (one per process number, with a deterministic id), exiting closes it, re-entry opens the
 * next one, and destroyed personal data destroys this service's key for the client.
 * Delivery is at least once: every step is idempotent.
 */
@Injectable()
export class ClientIntakeEventsHandler implements IntegrationEventHandler {
  constructor(
    @Inject(KNOWN_CLIENT_MODEL) private readonly clients: Model<KnownClientDocument>,
    @Inject(DATA_KEY_STORE) private readonly keys: DataKeyStore,
    private readonly commands: CommandBus,
  ) {}

  async handle(event: IntegrationEvent): Promise<void> {
    switch (event.type) {
      case CLIENT_REGISTERED: {
        const data = event.data as ClientRegisteredV1;
        await this.remember(event, data.clientId, {
          organisation: data.organisation,
          processNumber: data.processNumber,
          exited: false,
          advisorId: data.advisorId,
        });
        return this.openIfReady(event, data.clientId);
      }
      case ADVISOR_ASSIGNED: {
        const data = event.data as AdvisorAssignedV1;
        await this.remember(event, data.clientId, { organisation: data.organisation, advisorId: data.advisorId });
        return this.openIfReady(event, data.clientId);
      }
      case CLIENT_REENTERED: {
        const data = event.data as ClientReenteredV1;
        await this.remember(event, data.clientId, { organisation: data.organisation, processNumber: data.processNumber, exited: false });
        return this.openIfReady(event, data.clientId);
      }
      case CLIENT_EXITED: {
        const data = event.data as ClientExitedV1;
        await this.remember(event, data.clientId, { organisation: data.organisation, exited: true });
        const close = { type: 'CloseProcess', data: { reason: 'client-exited' }, metadata: { now: new Date(event.time) } } as const;
        return this.run(new RunGuidanceProcessCommand(guidanceProcessIdOf(data.clientId, data.processNumber), close, this.contextOf(event)));
      }
      case PERSONAL_DATA_DESTROYED: {
        const data = event.data as PersonalDataDestroyedV1;
        // Meeting notes, reasons and locations are encrypted with this key, in the events and
        // in the read models alike: destroying it erases them everywhere (crypto-shredding).
        if (data.scope === 'all') await this.keys.destroy(data.clientId);
        return;
      }
      default:
        return;
    }
  }

  private async remember(event: IntegrationEvent, clientId: string, fields: Partial<Omit<KnownClientDocument, '_id' | 'appliedEventIds'>>): Promise<void> {
    await applyOnce(this.clients, clientId, event.id, { $set: definedOnly(fields) });
  }

  /** Opens the client's current process once the client has an advisor and has not exited. */
  private async openIfReady(event: IntegrationEvent, clientId: string): Promise<void> {
    const client = await this.clients.findById(clientId).lean();
    if (!client?.advisorId || !client.processNumber || client.exited) return;
    const processId = guidanceProcessIdOf(clientId, client.processNumber);
    const open = {
      type: 'OpenProcess',
      data: { processId, clientId, advisorId: client.advisorId, organisation: client.organisation },
      metadata: { now: new Date(event.time) },
    } as const;
    await this.run(new RunGuidanceProcessCommand(processId, open, this.contextOf(event)));
  }

  private contextOf(event: IntegrationEvent) {
    return systemContext({
      organisation: event.organisation,
      now: new Date(event.time),
      actor: { id: 'client-intake', role: 'service' },
      causationId: event.id,
    });
  }

  private async run(command: RunGuidanceProcessCommand): Promise<void> {
    try {
      await this.commands.execute(command);
    } catch (error) {
      if (error instanceof DomainError && ALREADY_DONE.has(error.code)) return;
      throw error;
    }
  }
}
