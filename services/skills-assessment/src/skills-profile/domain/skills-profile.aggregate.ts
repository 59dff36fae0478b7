import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, handleCommand, WrongExpectedRevisionError, type Decider, type EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { DATA_KEY_STORE, DataKeyDestroyedError, type DataKeyStore } from '@career/privacy';
import { loadSkillsProfile } from '../queries/load-skills-profile';
import type { SkillsProfileCommand } from '../skills-profile.commands';
import { skillsProfileDecider } from '../skills-profile.decider';
import { SKILLS_PROFILE_SCHEMA_VERSIONS, skillsProfileStreamId, type SkillsProfileEvent } from '../skills-profile.events';
import type { SkillsProfileState } from '../skills-profile.state';
import { SKILLS_PROFILE_CODEC, type SkillsProfileCodec } from '../skills-profile-event-codec';
import { ProfileCommand } from './profile-command';

export interface ProfileCommandResult {
  /** The stream's revision after the command: the new ETag. */
  revision: number;
  /** The profile after the command (decrypted). */
  state: SkillsProfileState;
  newEvents: SkillsProfileEvent[];
}

export const profileNotFound = () => new DomainError('PROFILE.NOT_FOUND', 'This client has no skills profile.', {}, 'not-found');

/**
 * Once the client's personal data is destroyed (end of retention) the profile is closed: its
 * evidence can no longer be read or written, and nothing new is recorded for the client.
 */
export const personalDataDestroyed = () =>
  new DomainError('PROFILE.PERSONAL_DATA_DESTROYED', "This client's personal data has been destroyed; the profile can no longer be changed.");

/** The decider, refusing (as not found) a profile that belongs to another organisation. */
function withinOrganisation(organisation: string): Decider<SkillsProfileState, SkillsProfileCommand, SkillsProfileEvent> {
  return {
    ...skillsProfileDecider,
    decide(command, state) {
      if (state.status === 'Open' && state.organisation !== organisation) throw profileNotFound();
      return skillsProfileDecider.decide(command, state);
    },
  };
}

/**
 * Every change to a skills profile: the generic loop (read, decide, append with the expected
 * revision, retry on a race), with evidence and descriptions encrypted by the codec.
 */
@CommandHandler(ProfileCommand)
export class ProfileCommandHandler implements ICommandHandler<ProfileCommand, ProfileCommandResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SKILLS_PROFILE_CODEC) private readonly codec: SkillsProfileCodec,
    @Inject(DATA_KEY_STORE) private readonly keys: DataKeyStore,
  ) {}

  async execute({ clientId, command, context, options }: ProfileCommand): Promise<ProfileCommandResult> {
    if (await this.keys.isDestroyed(clientId)) throw personalDataDestroyed();
    try {
      const result = await handleCommand({
        store: this.store,
        decider: options.staffOrganisation === undefined ? skillsProfileDecider : withinOrganisation(options.staffOrganisation),
        streamId: skillsProfileStreamId(clientId),
        command,
        context,
        schemaVersions: SKILLS_PROFILE_SCHEMA_VERSIONS,
        codec: this.codec,
        expectedRevision: options.expectedRevision,
      });
      return { revision: result.nextExpectedRevision, state: result.state, newEvents: result.newEvents };
    } catch (error) {
      // Destroyed between the check above and the append: the codec refused to encrypt.
      if (error instanceof DataKeyDestroyedError) throw personalDataDestroyed();
      // A stale If-Match on a profile the caller may not see is "not found", not 412 with its revision.
      if (error instanceof WrongExpectedRevisionError && options.staffOrganisation !== undefined) {
        const { state } = await loadSkillsProfile(this.store, this.codec, clientId);
        if (state.status !== 'Open' || state.organisation !== options.staffOrganisation) throw profileNotFound();
      }
      throw error;
    }
  }
}
