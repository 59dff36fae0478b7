import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { CommandContext, EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { recordProfileView, type ProfileViewed } from '../audit/profile-view-log';
import { profileNotFound } from '../commands/profile-command.handler';
import { SKILLS_PROFILE_CODEC, type SkillsProfileCodec } from '../skills-profile-event-codec';
import { loadSkillsProfile } from './load-skills-profile';
import { toSkillsProfileView, type SkillsProfileView } from './skills-profile.view';

export class GetSkillsProfileQuery {
  constructor(
    readonly clientId: string,
    /** The reader's audit facts; its organisation is replaced by the profile's in the view log. */
    readonly context: CommandContext,
    readonly access: {
      /** Staff see only their organisation's profiles; a `service` caller is not limited (it checks `organisation` itself). */
      staffOrganisation?: string;
      purpose: ProfileViewed['data']['purpose'];
      channel: ProfileViewed['data']['channel'];
    },
  ) {}
}

/** Folds the profile's stream (decrypted), records the read in the view log, and returns the view. */
@QueryHandler(GetSkillsProfileQuery)
export class GetSkillsProfileHandler implements IQueryHandler<GetSkillsProfileQuery, SkillsProfileView> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SKILLS_PROFILE_CODEC) private readonly codec: SkillsProfileCodec,
  ) {}

  async execute({ clientId, context, access }: GetSkillsProfileQuery): Promise<SkillsProfileView> {
    const { state, revision } = await loadSkillsProfile(this.store, this.codec, clientId);
    if (state.status !== 'Open') throw profileNotFound();
    if (access.staffOrganisation !== undefined && state.organisation !== access.staffOrganisation) throw profileNotFound();
    await recordProfileView(
      this.store,
      { ...context, organisation: state.organisation },
      { purpose: access.purpose, channel: access.channel, profileRevision: revision },
    );
    return toSkillsProfileView(state, revision);
  }
}
