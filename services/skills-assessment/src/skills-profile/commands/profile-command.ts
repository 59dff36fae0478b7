import type { CommandContext } from '@career/event-sourcing';
import type { SkillsProfileCommand } from '../skills-profile.commands';

export interface ProfileCommandOptions {
  /** From `If-Match`: the revision the caller saw; a mismatch is 412, not retried. */
  expectedRevision?: number;
  /**
   * Set for staff requests: the caller's organisation. A profile of another organisation is
   * answered exactly like a missing one (404), so its existence is not revealed.
   */
  staffOrganisation?: string;
}

/** One change to a client's skills profile, on the CommandBus (the decider's command plus who, when, why). */
export class ProfileCommand {
  constructor(
    readonly clientId: string,
    readonly command: SkillsProfileCommand,
    readonly context: CommandContext,
    readonly options: ProfileCommandOptions = {},
  ) {}
}
