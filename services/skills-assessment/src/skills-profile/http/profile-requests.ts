import { Injectable } from '@nestjs/common';
import { accessOf, type RequestContext } from '@career/auth';
import type { HandleOptions, HandleResult } from '@career/event-sourcing';
import { expectedRevisionOf, setETag } from '@career/platform';
import type { Response } from 'express';
import { refuse } from '../../skills-assessment.errors';
import { ClosedAfterDestruction } from '../personal-data/closed-after-destruction';
import type { PersonCommandMetadata } from '../domain/skills-profile.commands';
import type { RecordedBy, SkillsProfileEvent } from '../domain/skills-profile.events';
import type { SkillsProfileState } from '../domain/skills-profile.state';
import { toSkillsProfileView, type SkillsProfileView } from '../read-models/skills-profile.view';

type ProfileHandleOptions = HandleOptions<SkillsProfileState, SkillsProfileEvent>;

/** What the profile's controllers share: how a request becomes a command's options, and how a change is answered. */
@Injectable()
export class ProfileRequests {
  constructor(private readonly closed: ClosedAfterDestruction) {}

  /**
   * A change by staff or by the client themself: only a profile the caller may see (staff: their
   * organisation's; the client: their own; any other is 404, before If-Match is looked at), at
   * the revision If-Match names, never once the client's data is destroyed.
   */
  change(context: RequestContext, ifMatch: string | undefined): ProfileHandleOptions {
    return { context, access: accessOf(context), expectedRevision: expectedRevisionOf(ifMatch), aroundAppend: this.closed.aroundAppend };
  }
}

/**
 * Time of the request and who entered the change, from the actor: on the client's own token
 * always `client`; on an advisor's, the advisor unless the body says the client entered it with
 * them (the client's own routes take no `recordedBy`).
 */
export function personMetadata(context: Pick<RequestContext, 'now' | 'user'>, recordedBy?: RecordedBy): PersonCommandMetadata {
  return { now: context.now, recordedBy: context.user.role === 'client' ? 'client' : (recordedBy ?? 'advisor') };
}

/** The answer to a change: the new ETag, and the profile as it is after the change. */
export function answered(response: Response, result: HandleResult<SkillsProfileState, SkillsProfileEvent>): SkillsProfileView {
  setETag(response, result.revision);
  if (result.state.status !== 'Open') throw refuse('PROFILE.NOT_FOUND'); // never: only an open profile takes changes
  return toSkillsProfileView(result.state, result.revision);
}
