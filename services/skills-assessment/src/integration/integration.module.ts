import { Module } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/platform';
import type { Connection } from 'mongoose';
import { SkillsProfileModule } from '../skills-profile/skills-profile.module';
import { PARKED_TRAINING_LICENCES, parkedTrainingLicenceModel } from './parked-training-licences';
import { TrainingLicences } from './training-licences';

/** What the consumers need besides the platform: the profile's command side and the trainings waiting for a profile. */
@Module({
  imports: [SkillsProfileModule],
  providers: [{ provide: PARKED_TRAINING_LICENCES, inject: [MONGO_CONNECTION], useFactory: (c: Connection) => parkedTrainingLicenceModel(c) }, TrainingLicences],
  exports: [SkillsProfileModule, TrainingLicences],
})
export class IntegrationModule {}
