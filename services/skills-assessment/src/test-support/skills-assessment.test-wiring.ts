import { CommandSide, type EventStore } from '@career/event-sourcing';
import { routerOf } from '@career/messaging';
import { PersonalDataCipher, personalDataCodec, type DataKeyStore } from '@career/privacy';
import type { Connection } from 'mongoose';
import pino from 'pino';
import { ClientIntakeConsumer } from '../integration/client-intake.consumer';
import { parkedTrainingLicenceModel } from '../integration/parked-training-licences';
import { SchedulingConsumer } from '../integration/scheduling.consumer';
import { TrainingLicences } from '../integration/training-licences';
import { ClosedAfterDestruction } from '../skills-profile/personal-data/closed-after-destruction';
import { skillsProfile } from '../skills-profile/domain/skills-profile.aggregate';
import { ProfileRequests } from '../skills-profile/http/profile-requests';
import type { Delivery } from './consumed-events.fixtures';

/**
 * The service's command side, staff request options and consumers built by hand on real stores,
 * as AppModule wires them (CommandSideModule binds the same codec), without HTTP or Kafka.
 */
export function skillsAssessmentOn(store: EventStore, connection: Connection, keys: DataKeyStore) {
  const profiles = new CommandSide(skillsProfile, store, personalDataCodec(new PersonalDataCipher(keys), skillsProfile.personalData));
  const closed = new ClosedAfterDestruction(keys);
  const parked = parkedTrainingLicenceModel(connection);
  const logger = pino({ level: 'silent' });
  const trainings = new TrainingLicences(profiles, closed, keys, parked, logger);
  const router = routerOf([new ClientIntakeConsumer(profiles, closed, trainings, keys, logger), new SchedulingConsumer(trainings)]);
  return {
    profiles,
    requests: new ProfileRequests(closed),
    parked,
    /** Hands a delivery to the consumer of its topic, as the Kafka consumer does. */
    deliver: ({ event, origin }: Delivery) => router.route(event, origin),
  };
}
