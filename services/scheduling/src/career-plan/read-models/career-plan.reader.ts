import { Inject, Injectable } from '@nestjs/common';
import { guidanceProcessIdOf } from '@career/contracts';
import type { Access, Actor, CommandSideOf, RecordedEvent } from '@career/event-sourcing';
import { ROOT_LOGGER } from '@career/platform';
import type { Logger } from 'pino';
import { KnownClients } from '../../known-clients/read-models/known-clients';
import { refuse } from '../../scheduling.errors';
import { agreedVersionOf } from '../domain/agreed-version';
import { careerPlan } from '../domain/career-plan.aggregate';
import type { CareerPlanState } from '../domain/career-plan.state';
import { agreedVersionView, careerPlanView, type AgreedVersionView, type CareerPlanView, type PlanReader } from './career-plan-view';

/** Who reads, for the log of use (docs/domain.md#personal-data): ids only. */
export interface ReadBy {
  actor: Actor;
  requestId?: string;
}

interface LoadedPlan {
  state: Exclude<CareerPlanState, { status: 'Empty' }>;
  events: RecordedEvent[];
  revision: number;
}

/**
 * Reads a plan from its stream, not from a read model: the view is exactly as of the caller's
 * last write (its ETag), the texts are decrypted on the way, and an agreed version is folded
 * from the stream up to its agreement. A read by staff or a service is recorded as a use of the
 * client's personal data; the client reading their own plan is not a disclosure.
 */
@Injectable()
export class CareerPlanReader {
  constructor(
    @Inject(careerPlan.token) private readonly plans: CommandSideOf<typeof careerPlan>,
    private readonly clients: KnownClients,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async plan(planId: string, access: Access, reader: PlanReader, linkBase: string, by: ReadBy): Promise<CareerPlanView> {
    const { state, revision } = await this.load(planId, access);
    this.logUse(state.clientId, planId, by, 'career plan read');
    return careerPlanView(state, revision, reader, linkBase);
  }

  async agreedVersion(planId: string, version: number, access: Access, by: ReadBy): Promise<AgreedVersionView> {
    const { state, events } = await this.load(planId, access);
    const agreed = agreedVersionOf(events, version);
    if (!agreed) throw refuse('PLAN.VERSION_NOT_FOUND', { version });
    this.logUse(state.clientId, planId, by, 'agreed career plan version read');
    return agreedVersionView(agreed);
  }

  /**
   * The plan of the signed-in person's current process: its id is the process's, derived from
   * the process number client-intake told this service.
   */
  async currentPlanIdOf(clientId: string): Promise<string> {
    const client = await this.clients.find(clientId);
    if (!client?.processNumber) throw refuse('PLAN.NOT_FOUND');
    return guidanceProcessIdOf(clientId, client.processNumber);
  }

  /** 404 when the plan does not exist or the caller may not see it. */
  private async load(planId: string, access: Access): Promise<LoadedPlan> {
    const { state, events, revision } = await this.plans.load(planId, access);
    if (state.status === 'Empty') throw refuse('PLAN.NOT_FOUND');
    return { state, events, revision };
  }

  private logUse(clientId: string, planId: string, { actor, requestId }: ReadBy, message: string): void {
    if (actor.role === 'client') return;
    this.logger.info({ audit: 'personal-data-read', actorId: actor.id, actorRole: actor.role, clientId, planId, requestId }, message);
  }
}
