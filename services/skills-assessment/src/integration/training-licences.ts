import { Inject, Injectable } from '@nestjs/common';
import { SYSTEM_ACCESS, type CommandSideOf } from '@career/event-sourcing';
import { ROOT_LOGGER } from '@career/platform';
import { DATA_KEY_STORE, type DataKeyStore } from '@career/privacy';
import type { Model } from 'mongoose';
import type { Logger } from 'pino';
import { isRefusal } from '../skills-assessment.errors';
import { ClosedAfterDestruction } from '../skills-profile/personal-data/closed-after-destruction';
import { skillsProfile } from '../skills-profile/domain/skills-profile.aggregate';
import { consumedFactContext } from './consumed-fact-context';
import { PARKED_TRAINING_LICENCES, type ParkedTrainingLicence } from './parked-training-licences';

/** A passed training, as scheduling's TrainingCompleted tells it (and as it waits while parked). */
export type TrainingFacts = Pick<ParkedTrainingLicence, 'clientId' | 'organisation' | 'licenceCode' | 'validUntil' | 'eventId'> & { referralId: string };

/**
 * Licences earned in scheduling's trainings, into the client's profile once per referral. Kafka
 * orders per topic, not across topics, so a training can arrive before its client's
 * registration: it waits (parked) and is applied when the profile opens, by either consumer,
 * whichever comes second. Log lines carry ids only, never personal data.
 */
@Injectable()
export class TrainingLicences {
  private readonly logger: Logger;

  constructor(
    @Inject(skillsProfile.token) private readonly profiles: CommandSideOf<typeof skillsProfile>,
    private readonly closed: ClosedAfterDestruction,
    @Inject(DATA_KEY_STORE) private readonly keys: DataKeyStore,
    @Inject(PARKED_TRAINING_LICENCES) private readonly parked: Model<ParkedTrainingLicence>,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'training-licences' });
  }

  /** Records the licence, or parks it until the profile opens (never for a client whose data was destroyed). */
  async take(facts: TrainingFacts): Promise<void> {
    if (await this.record(facts)) return;
    if (await this.keys.isDestroyed(facts.clientId)) return; // the client's record is closed: nothing to wait for
    const { referralId, ...waiting } = facts;
    await this.parked.updateOne({ _id: referralId }, { $setOnInsert: { ...waiting, parkedAt: new Date() } }, { upsert: true });
    this.logger.info({ clientId: facts.clientId, referralId }, 'training licence parked until the skills profile opens');
    // The profile may have opened (and looked for parked trainings) while this one was parked.
    await this.applyParked(facts.clientId);
  }

  /** Applies what waited for the client's profile; a redelivery or a crash in between finds nothing new or finishes the work. */
  async applyParked(clientId: string): Promise<void> {
    for (const parked of await this.parked.find({ clientId }).lean()) {
      const { _id: referralId, parkedAt: _parkedAt, ...facts } = parked;
      if (await this.record({ ...facts, referralId })) await this.parked.deleteOne({ _id: referralId });
    }
  }

  /** The client's data was destroyed: what waited for their profile is dropped with it. */
  async forget(clientId: string): Promise<void> {
    await this.parked.deleteMany({ clientId });
  }

  /**
   * One command: the decider names the licence in the profile's language and takes each
   * referral once. True when done (or nothing to do: a referral already taken, a closed
   * profile), false when the client has no profile yet.
   */
  private async record(facts: TrainingFacts): Promise<boolean> {
    const now = new Date();
    try {
      await this.profiles.handle(
        facts.clientId,
        {
          type: 'RecordTrainingLicence',
          data: {
            referralId: facts.referralId,
            licenceId: `training-${facts.referralId}`,
            code: facts.licenceCode,
            ...(facts.validUntil !== undefined && { validUntil: facts.validUntil }),
          },
          metadata: { now },
        },
        { context: consumedFactContext(facts.eventId, facts.organisation, now), access: SYSTEM_ACCESS, aroundAppend: this.closed.aroundAppend },
      );
      return true;
    } catch (error) {
      if (isRefusal(error, 'PROFILE.PERSONAL_DATA_DESTROYED')) return true;
      if (isRefusal(error, 'PROFILE.NOT_FOUND')) return false;
      throw error;
    }
  }
}
