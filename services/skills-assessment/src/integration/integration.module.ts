import { Module } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/platform';
import type { Connection } from 'mongoose';
import { SkillsProfileModule } from '../skills-profile/skills-profile.module';
import { PARKED_TRAINING_LICENCES, parkedTrainingLicenceModel } from './parked-training-licences';

/** What the Kafka consumer's handler needs: the profile's command handler and codec, the parked trainings. */
@Module({
  imports: [SkillsProfileModule],
  providers: [{ provide: PARKED_TRAINING_LICENCES, inject: [MONGO_CONNECTION], useFactory: (c: Connection) => parkedTrainingLicenceModel(c) }],
  exports: [SkillsProfileModule, PARKED_TRAINING_LICENCES],
})
export class IntegrationModule {}
