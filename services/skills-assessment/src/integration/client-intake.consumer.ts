import { Inject, Injectable } from '@nestjs/common';
import type { EventOfType } from '@career/contracts';
import { SYSTEM_ACCESS, type CommandSideOf } from '@career/event-sourcing';
import type { IntegrationHandlers, ProducerConsumer } from '@career/messaging';
import { ROOT_LOGGER } from '@career/platform';
import { DATA_KEY_STORE, type DataKeyStore } from '@career/privacy';
import type { Logger } from 'pino';
import { isRefusal } from '../skills-assessment.errors';
import { ClosedAfterDestruction } from '../skills-profile/personal-data/closed-after-destruction';
import { skillsProfile } from '../skills-profile/domain/skills-profile.aggregate';
import { consumedFactContext } from './consumed-fact-context';
import { TrainingLicences } from './training-licences';

/**
 * What client-intake's facts change here. Delivery is at least once, so every handler is
 * idempotent: opening an open profile and destroying a destroyed key change nothing. Advisor
 * changes, exits and re-entries (the profile carries on) are not this service's business. Log
 * lines carry ids only, never personal data.
 */
@Injectable()
export class ClientIntakeConsumer implements ProducerConsumer<'client-intake'> {
  readonly producer = 'client-intake' as const;
  readonly handlers: IntegrationHandlers<'client-intake'> = {
    ClientRegistered: (event) => this.openProfile(event),
    PersonalDataDestroyed: (event) => this.destroyPersonalData(event),
  };
  private readonly logger: Logger;

  constructor(
    @Inject(skillsProfile.token) private readonly profiles: CommandSideOf<typeof skillsProfile>,
    private readonly closed: ClosedAfterDestruction,
    private readonly trainings: TrainingLicences,
    @Inject(DATA_KEY_STORE) private readonly keys: DataKeyStore,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'client-intake-consumer' });
  }

  /** A registered client gets a profile in their preferred language; trainings that came first are applied to it. */
  private async openProfile({ id, data }: EventOfType<'client-intake', 'ClientRegistered'>): Promise<void> {
    const { clientId, organisation, preferredLanguage } = data;
    const now = new Date();
    try {
      await this.profiles.handle(
        clientId,
        { type: 'OpenProfile', data: { clientId, organisation, language: preferredLanguage }, metadata: { now } },
        { context: consumedFactContext(id, organisation, now), access: SYSTEM_ACCESS, aroundAppend: this.closed.aroundAppend },
      );
    } catch (error) {
      // A redelivery. Parked trainings are still looked at: a crash may have come in between.
      if (!isRefusal(error, 'PROFILE.ALREADY_OPEN')) throw error;
    }
    await this.trainings.applyParked(clientId);
  }

  /**
   * Scope `all`: this service's key for the client is destroyed, so every evidence text and
   * description in the profile's events becomes unreadable (erased) and the profile is closed
   * to changes (docs/domain.md#personal-data). Scope `voluntary`: this service holds none of
   * the voluntary answers.
   */
  private async destroyPersonalData({ data }: EventOfType<'client-intake', 'PersonalDataDestroyed'>): Promise<void> {
    if (data.scope !== 'all') return;
    await this.keys.destroy(data.clientId);
    await this.trainings.forget(data.clientId);
    this.logger.info({ clientId: data.clientId, reason: data.reason }, 'client data key destroyed');
  }
}
