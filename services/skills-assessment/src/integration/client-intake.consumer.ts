import { Inject, Injectable } from '@nestjs/common';
import { topicOf, type ClientRegisteredV1, type IntegrationEvent, type PersonalDataDestroyedV1, type TrainingCompletedV1 } from '@career/contracts';
import { DomainError, type CommandContext, type EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import type { IntegrationEventHandler } from '@career/messaging';
import { ROOT_LOGGER } from '@career/platform';
import { DATA_KEY_STORE, type DataKeyStore } from '@career/privacy';
import type { Model } from 'mongoose';
import type { Logger } from 'pino';
import { ProfileCommand } from '../skills-profile/commands/profile-command';
import { ProfileCommandHandler } from '../skills-profile/commands/profile-command.handler';
import { licenceNameOf } from '../skills-profile/licence-names';
import { loadSkillsProfile } from '../skills-profile/queries/load-skills-profile';
import type { OpenSkillsProfile } from '../skills-profile/skills-profile.state';
import { SKILLS_PROFILE_CODEC, type SkillsProfileCodec } from '../skills-profile/skills-profile-event-codec';
import { PARKED_TRAINING_LICENCES, type ParkedTrainingLicence } from './parked-training-licences';
import { SERVICE_NAME } from './skills-assessment.integration-events';

/** The topics this service consumes (one consumer group for all of them). */
export const CONSUMED_TOPICS = [topicOf('client-intake'), topicOf('scheduling')] as const;

type TrainingFacts = Pick<ParkedTrainingLicence, 'clientId' | 'organisation' | 'licenceCode' | 'validUntil' | 'eventId'> & { referralId: string };

/**
 * Other services' facts -> skills-profile commands. Delivery is at least once, so every branch
 * is idempotent: opening an open profile, a referral already taken and destroying a destroyed
 * key all change nothing. The consumer validated each message against its contract's schema
 * before it gets here. Log lines carry ids only, never personal data.
 */
@Injectable()
export class ConsumedEventsHandler implements IntegrationEventHandler {
  private readonly logger: Logger;

  constructor(
    private readonly profiles: ProfileCommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SKILLS_PROFILE_CODEC) private readonly codec: SkillsProfileCodec,
    @Inject(DATA_KEY_STORE) private readonly keys: DataKeyStore,
    @Inject(PARKED_TRAINING_LICENCES) private readonly parked: Model<ParkedTrainingLicence>,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'consumed-events' });
  }

  async handle(event: IntegrationEvent): Promise<void> {
    switch (event.type) {
      case 'ClientRegistered':
        return this.openProfile(event, event.data as ClientRegisteredV1);
      case 'PersonalDataDestroyed':
        return this.destroyPersonalData(event.data as PersonalDataDestroyedV1);
      case 'TrainingCompleted':
        return this.takeTrainingLicence(event, event.data as TrainingCompletedV1);
      default:
        // Advisor changes, exits, re-entries (the profile carries on), meetings...: nothing to do here.
        return;
    }
  }

  private async openProfile(event: IntegrationEvent, data: ClientRegisteredV1): Promise<void> {
    const now = new Date();
    try {
      await this.profiles.execute(
        new ProfileCommand(
          data.clientId,
          { type: 'OpenProfile', data: { clientId: data.clientId, organisation: data.organisation, language: data.preferredLanguage }, metadata: { now } },
          this.contextOf(event.id, data.clientId, data.organisation, now),
        ),
      );
    } catch (error) {
      // A redelivery. Parked trainings are still looked at: a crash may have come in between.
      if (!(error instanceof DomainError && error.code === 'PROFILE.ALREADY_OPEN')) throw error;
    }
    await this.applyParked(data.clientId);
  }

  /**
   * scope all: this service's key for the client is destroyed, so every evidence text and
   * description in the profile's events becomes unreadable (ERASED) and the profile is closed
   * to changes. scope voluntary: this service holds none of the voluntary answers.
   */
  private async destroyPersonalData(data: PersonalDataDestroyedV1): Promise<void> {
    if (data.scope !== 'all') return;
    await this.keys.destroy(data.clientId);
    await this.parked.deleteMany({ clientId: data.clientId });
    this.logger.info({ clientId: data.clientId, reason: data.reason }, 'client data key destroyed');
  }

  /** A passed training's licence joins the profile once per referral; before the profile opens, it waits (parked). */
  private async takeTrainingLicence(event: IntegrationEvent, data: TrainingCompletedV1): Promise<void> {
    if (!data.passed) return;
    const facts: TrainingFacts = {
      clientId: data.clientId,
      organisation: data.organisation,
      referralId: data.referralId,
      licenceCode: data.licenceCode,
      ...(data.validUntil !== undefined && { validUntil: data.validUntil }),
      eventId: event.id,
    };
    if (await this.recordLicence(facts)) return;
    const { referralId, ...parked } = facts;
    await this.parked.updateOne({ _id: referralId }, { $setOnInsert: { ...parked, parkedAt: new Date() } }, { upsert: true });
    this.logger.info({ clientId: facts.clientId, referralId }, 'training licence parked until the skills profile opens');
    // The profile may have opened (and looked for parked trainings) while this one was parked.
    await this.applyParked(facts.clientId);
  }

  private async applyParked(clientId: string): Promise<void> {
    for (const parked of await this.parked.find({ clientId }).lean()) {
      const { _id: referralId, parkedAt: _parkedAt, ...facts } = parked;
      if (await this.recordLicence({ ...facts, referralId })) await this.parked.deleteOne({ _id: referralId });
    }
  }

  /**
   * Adds the licence, named in the profile's language; true when done (or nothing to do: a
   * referral already taken, a client whose data was destroyed), false when no profile is open.
   */
  private async recordLicence(facts: TrainingFacts): Promise<boolean> {
    if (await this.keys.isDestroyed(facts.clientId)) return true; // the client's record is closed
    const { state } = await loadSkillsProfile(this.store, this.codec, facts.clientId);
    if (state.status !== 'Open') return false;
    const profile: OpenSkillsProfile = state;
    const now = new Date();
    await this.profiles.execute(
      new ProfileCommand(
        facts.clientId,
        {
          type: 'RecordTrainingLicence',
          data: {
            referralId: facts.referralId,
            licenceId: `training-${facts.referralId}`,
            code: facts.licenceCode,
            name: licenceNameOf(facts.licenceCode, profile.language),
            ...(facts.validUntil !== undefined && { validUntil: facts.validUntil }),
          },
          metadata: { now },
        },
        this.contextOf(facts.eventId, facts.clientId, profile.organisation, now),
      ),
    );
    return true;
  }

  /** The audit facts of a command caused by another service's event: this service acts, the event is the cause. */
  private contextOf(eventId: string, clientId: string, organisation: string, now: Date): CommandContext {
    return { actor: { id: SERVICE_NAME, role: 'system' }, organisation, clientId, correlationId: eventId, causationId: eventId, now };
  }
}
