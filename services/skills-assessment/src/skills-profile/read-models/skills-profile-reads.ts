import { Inject, Injectable } from '@nestjs/common';
import type { Access, CommandSideContext, CommandSideOf, EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { refuse } from '../../skills-assessment.errors';
import { skillsProfile } from '../domain/skills-profile.aggregate';
import { recordProfileView, type ProfileViewed } from './profile-view-log';
import { toSkillsProfileView, type SkillsProfileView } from './skills-profile.view';

/** Why and through which door the profile is read: written to the view log. */
export type ProfileReadReason = Pick<ProfileViewed['data'], 'purpose' | 'channel'>;

/**
 * The profile as the API shows it. Profiles are small (tens of events), so a read folds the
 * stream (decrypted) instead of keeping a read model: never stale, and the revision shown is
 * exactly the state shown (what document generation records as provenance).
 */
@Injectable()
export class SkillsProfileReads {
  constructor(
    @Inject(skillsProfile.token) private readonly profiles: CommandSideOf<typeof skillsProfile>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /**
   * The profile the caller may see (`access`; 404 otherwise), after its read is recorded in the
   * view log under the profile's own organisation.
   */
  async show(clientId: string, context: CommandSideContext, access: Access, reason: ProfileReadReason): Promise<SkillsProfileView> {
    const { state, revision, organisation } = await this.profiles.load(clientId, access);
    if (state.status !== 'Open') throw refuse('PROFILE.NOT_FOUND');
    await recordProfileView(this.store, { ...context, clientId, organisation }, { ...reason, profileRevision: revision });
    return toSkillsProfileView(state, revision);
  }

  /**
   * The client reading their own profile (`access` = their own record). Not written to the view
   * log: that log is of staff and services using the client's data (docs/domain.md#personal-data),
   * which the client can read; their own look at what is theirs is neither.
   */
  async own(clientId: string, access: Access): Promise<SkillsProfileView> {
    const { state, revision } = await this.profiles.load(clientId, access);
    if (state.status !== 'Open') throw refuse('PROFILE.NOT_FOUND');
    return toSkillsProfileView(state, revision);
  }
}
