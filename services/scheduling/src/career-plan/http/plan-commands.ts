import { Inject, Injectable } from '@nestjs/common';
import { accessOf, type RequestContext } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { expectedRevisionOf, setETag, type IfMatchOptions } from '@career/platform';
import type { Response } from 'express';
import { refuse } from '../../scheduling.errors';
import { careerPlan } from '../domain/career-plan.aggregate';
import type { CareerPlanCommand } from '../domain/career-plan.commands';
import type { Party } from '../domain/career-plan.events';

type DataOf<T extends CareerPlanCommand['type']> = Extract<CareerPlanCommand, { type: T }>['data'];

/**
 * The answer to a change of a plan: ids and where the draft stands, never a text (those are
 * read with GET, where staff reads are logged). `ETag` is the plan's new revision.
 */
export interface PlanChangeView {
  planId: string;
  revision: number;
  draft: { version: number; agreed: boolean; confirmedAt: Partial<Record<Party, string>> };
  /** The latest agreed version, if any. */
  agreedVersion?: number;
  goalId?: string;
  stepId?: string;
  reviewId?: string;
}

/**
 * Runs one command of the staff or the client channel on a plan through its command side: the
 * caller's access (staff: their organisation; the client: their own record), If-Match as the
 * expected revision, the request's time as `now` and the caller as the events' actor.
 */
@Injectable()
export class PlanCommands {
  constructor(@Inject(careerPlan.token) private readonly plans: CommandSideOf<typeof careerPlan>) {}

  async run<T extends CareerPlanCommand['type']>(
    planId: string,
    type: T,
    data: DataOf<T>,
    request: { context: RequestContext; ifMatch: string | undefined; ifMatchOptions?: IfMatchOptions; response: Response },
    ids: Pick<PlanChangeView, 'goalId' | 'stepId' | 'reviewId'> = {},
  ): Promise<PlanChangeView> {
    const { context, ifMatch, ifMatchOptions, response } = request;
    const command = { type, data, metadata: { now: context.now } } as CareerPlanCommand;
    const result = await this.plans.handle(planId, command, { context, access: accessOf(context), expectedRevision: expectedRevisionOf(ifMatch, ifMatchOptions) });
    // A command that succeeded acted on a started plan; only a stream that is none folds to Empty.
    if (result.state.status === 'Empty') throw refuse('PLAN.NOT_FOUND');
    setETag(response, result.revision);
    const { draft, agreed } = result.state;
    return {
      planId,
      revision: result.revision,
      draft: { version: draft.version, agreed: draft.agreed, confirmedAt: { ...draft.confirmedAt } },
      ...(agreed.length > 0 ? { agreedVersion: agreed[agreed.length - 1].version } : {}),
      ...ids,
    };
  }
}
