import { Module } from '@nestjs/common';
import { CommandSideModule } from '@career/event-store';
import { ClosedAfterDestruction } from './personal-data/closed-after-destruction';
import { skillsProfile } from './domain/skills-profile.aggregate';
import { HistoryController } from './http/history.controller';
import { InternalSkillsProfileController } from './http/internal-skills-profile.controller';
import { MySkillsProfileController } from './http/my-skills-profile.controller';
import { ProfileRequests } from './http/profile-requests';
import { SkillsProfileController } from './http/skills-profile.controller';
import { SkillsController } from './http/skills.controller';
import { TargetsController } from './http/targets.controller';
import { SkillsProfileReads } from './read-models/skills-profile-reads';

const commandSide = CommandSideModule.forAggregates([skillsProfile]);

/**
 * The skills profile: its bound command side (also used by the Kafka consumers, with the check
 * that closes a profile once the client's data is destroyed), its API and its reads.
 */
@Module({
  imports: [commandSide],
  controllers: [SkillsProfileController, SkillsController, HistoryController, TargetsController, InternalSkillsProfileController, MySkillsProfileController],
  providers: [ClosedAfterDestruction, ProfileRequests, SkillsProfileReads],
  exports: [commandSide, ClosedAfterDestruction],
})
export class SkillsProfileModule {}
