import { Module } from '@nestjs/common';
import { ProfileCommandHandler } from './commands/profile-command.handler';
import { HistoryController } from './http/history.controller';
import { InternalSkillsProfileController } from './http/internal-skills-profile.controller';
import { ProfileRequests } from './http/profile-requests';
import { SkillsProfileController } from './http/skills-profile.controller';
import { SkillsController } from './http/skills.controller';
import { TargetsController } from './http/targets.controller';
import { GetSkillsProfileHandler } from './queries/get-skills-profile.query';
import { SKILLS_PROFILE_CODEC, skillsProfileCodecProvider } from './skills-profile-event-codec';

/** The skills profile: its API, the command handler (also used by the Kafka consumer) and the query. */
@Module({
  controllers: [SkillsProfileController, SkillsController, HistoryController, TargetsController, InternalSkillsProfileController],
  providers: [skillsProfileCodecProvider, ProfileCommandHandler, GetSkillsProfileHandler, ProfileRequests],
  exports: [SKILLS_PROFILE_CODEC, ProfileCommandHandler],
})
export class SkillsProfileModule {}
