import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { forClient, type RequestContext } from '@career/auth';
import { DomainError, type EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import type { Response } from 'express';
import { ProfileCommand } from '../commands/profile-command';
import { profileNotFound, type ProfileCommandResult } from '../commands/profile-command.handler';
import { loadSkillsProfile } from '../queries/load-skills-profile';
import { toSkillsProfileView, type SkillsProfileView } from '../queries/skills-profile.view';
import type { OpenSkillsProfile } from '../skills-profile.state';
import type { PersonCommandMetadata, SkillsProfileCommand } from '../skills-profile.commands';
import type { RecordedBy } from '../skills-profile.events';
import { SKILLS_PROFILE_CODEC, type SkillsProfileCodec } from '../skills-profile-event-codec';
import { expectedRevisionOf, setETag } from './http-conventions';

export interface ProfileRequest {
  clientId: string;
  context: RequestContext;
  ifMatch?: string;
  response: Response;
}

/** Codes of the decider's "an entry with this id already exists" refusals, with the detail naming the id. */
const ALREADY_EXISTS: Readonly<Record<string, string>> = {
  'PROFILE.SKILL_ALREADY_EXISTS': 'skillId',
  'PROFILE.ENTRY_ALREADY_EXISTS': 'entryId',
  'PROFILE.LICENCE_ALREADY_EXISTS': 'licenceId',
  'PROFILE.TARGET_ALREADY_EXISTS': 'targetId',
  'PROFILE.REQUIREMENT_ALREADY_EXISTS': 'requirementId',
};

/** What the profile controllers share: staff scoping, If-Match/ETag, `recordedBy`, Idempotency-Key repeats. */
@Injectable()
export class ProfileRequests {
  constructor(
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SKILLS_PROFILE_CODEC) private readonly codec: SkillsProfileCodec,
  ) {}

  metadata(context: RequestContext, recordedBy: RecordedBy | undefined): PersonCommandMetadata {
    return { now: context.now, recordedBy: recordedBy ?? 'advisor' };
  }

  /** Runs a change for the caller's organisation; sets the new ETag; returns the profile's view after it. */
  async change(request: ProfileRequest, command: SkillsProfileCommand): Promise<SkillsProfileView> {
    const { clientId, context, ifMatch, response } = request;
    const result: ProfileCommandResult = await this.commands.execute(
      new ProfileCommand(clientId, command, forClient(context, clientId), {
        expectedRevision: expectedRevisionOf(ifMatch),
        staffOrganisation: context.organisation,
      }),
    );
    setETag(response, result.revision);
    return toSkillsProfileView(result.state as OpenSkillsProfile, result.revision);
  }

  /**
   * A change that creates the entry `createdId`. When the request carried an Idempotency-Key and
   * the entry already exists, it is the same request again: answered with the profile as it is,
   * nothing appended.
   */
  async create(request: ProfileRequest & { idempotencyKey?: string }, command: SkillsProfileCommand, createdId: string): Promise<SkillsProfileView> {
    try {
      return await this.change(request, command);
    } catch (error) {
      const idField = error instanceof DomainError ? ALREADY_EXISTS[error.code] : undefined;
      if (request.idempotencyKey === undefined || idField === undefined || (error as DomainError).details[idField] !== createdId) throw error;
      const { state, revision } = await loadSkillsProfile(this.store, this.codec, request.clientId);
      if (state.status !== 'Open' || state.organisation !== request.context.organisation) throw profileNotFound();
      setETag(request.response, revision);
      return toSkillsProfileView(state, revision);
    }
  }
}
