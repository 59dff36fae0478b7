import { Inject, Injectable } from '@nestjs/common';
import { guidanceProcessIdOf, type IntegrationEvent } from '@career/contracts';
import { DomainError, SYSTEM_ACCESS, type CommandSideContext, type CommandSideOf } from '@career/event-sourcing';
import type { IntegrationHandlers, ProducerConsumer } from '@career/messaging';
import { DATA_KEY_STORE, type DataKeyStore } from '@career/privacy';
import { guidanceProcess } from '../guidance-process/domain/guidance-process.aggregate';
import type { GuidanceProcessCommand } from '../guidance-process/domain/guidance-process.commands';
import { KnownClients } from '../known-clients/read-models/known-clients';
import type { SchedulingErrorCode } from '../scheduling.errors';
import { WorklistFacts } from '../worklist/read-models/worklist-facts';

/** Outcomes that mean "already done": a redelivered fact must change nothing and fail nothing. */
const ALREADY_DONE: ReadonlySet<string> = new Set<SchedulingErrorCode>(['PROCESS.ALREADY_OPENED', 'PROCESS.CLOSED', 'PROCESS.NOT_FOUND']);

/**
 * client-intake's facts drive the guidance process (docs/domain.md#the-process, step 1 -> 2):
 * a client with an advisor gets a process (one per process number, with a deterministic id),
 * exiting closes it (and dates the worklist's after-exit duties), re-entry opens the next one, and destroyed personal data destroys this
 * service's key for the client. Delivery is at least once: every step is idempotent.
 */
@Injectable()
export class ClientIntakeConsumer implements ProducerConsumer<'client-intake'> {
  readonly producer = 'client-intake' as const;

  constructor(
    @Inject(guidanceProcess.token) private readonly processes: CommandSideOf<typeof guidanceProcess>,
    private readonly clients: KnownClients,
    @Inject(DATA_KEY_STORE) private readonly keys: DataKeyStore,
    private readonly worklist: WorklistFacts,
  ) {}

  readonly handlers: IntegrationHandlers<'client-intake'> = {
    ClientRegistered: async (event) => {
      const { clientId, organisation, processNumber, advisorId } = event.data;
      await this.clients.remember(clientId, event.id, { organisation, processNumber, exited: false, advisorId });
      await this.openIfReady(event, clientId);
    },
    AdvisorAssigned: async (event) => {
      const { clientId, organisation, advisorId } = event.data;
      await this.clients.remember(clientId, event.id, { organisation, advisorId });
      await this.openIfReady(event, clientId);
    },
    ClientReentered: async (event) => {
      const { clientId, organisation, processNumber } = event.data;
      await this.clients.remember(clientId, event.id, { organisation, processNumber, exited: false });
      await this.openIfReady(event, clientId);
    },
    ClientExited: async (event) => {
      const { clientId, organisation, processNumber, exitDate } = event.data;
      await this.clients.remember(clientId, event.id, { organisation, exited: true });
      const processId = guidanceProcessIdOf(clientId, processNumber);
      // The worklist counts the 28-day and six-month duties from the exit date.
      await this.worklist.exited({ processId, clientId, organisation, exitDate, eventId: event.id });
      await this.run(event, processId, { type: 'CloseProcess', data: { reason: 'client-exited' }, metadata: { now: new Date(event.time) } });
    },
    PersonalDataDestroyed: async (event) => {
      // Meeting notes, reasons and locations are encrypted with this key, in the events and
      // in the read models alike: destroying it erases them everywhere (crypto-shredding).
      if (event.data.scope === 'all') await this.keys.destroy(event.data.clientId);
    },
  };

  /** Opens the client's current process once the client has an advisor and has not exited. */
  private async openIfReady(event: IntegrationEvent, clientId: string): Promise<void> {
    const client = await this.clients.find(clientId);
    if (!client?.advisorId || !client.processNumber || client.exited) return;
    const processId = guidanceProcessIdOf(clientId, client.processNumber);
    await this.run(event, processId, {
      type: 'OpenProcess',
      data: { processId, clientId, advisorId: client.advisorId, organisation: client.organisation },
      metadata: { now: new Date(event.time) },
    });
  }

  /** The service acting on a fact: every organisation's process is visible, the event is audited as client-intake's. */
  private async run(event: IntegrationEvent, processId: string, command: GuidanceProcessCommand): Promise<void> {
    const context: CommandSideContext = {
      actor: { id: 'client-intake', role: 'service' },
      organisation: event.organisation,
      correlationId: event.id,
      causationId: event.id,
      now: new Date(event.time),
    };
    try {
      await this.processes.handle(processId, command, { context, access: SYSTEM_ACCESS });
    } catch (error) {
      if (error instanceof DomainError && ALREADY_DONE.has(error.code)) return;
      throw error;
    }
  }
}
