import type { RecordedEvent } from '@career/event-sourcing';
import { careerPlanEventOf } from './career-plan.events';
import { evolveCareerPlan, initialCareerPlanState, type AgreedVersion, type PlanDetails } from './career-plan.state';

/** An agreed version exactly as it was agreed: the plan folded up to its agreement. */
export interface AgreedPlan {
  plan: PlanDetails;
  agreement: AgreedVersion;
  /** The stream revision of the agreement: with the plan id and version, what a document records as its provenance. */
  revision: number;
}

/**
 * Folds the plan's events up to the agreement of `version` and stops there: nothing recorded
 * after it (a later draft, a review) can change what was agreed. Undefined when that version
 * was never agreed.
 */
export function agreedVersionOf(events: readonly Pick<RecordedEvent, 'type' | 'data' | 'revision'>[], version: number): AgreedPlan | undefined {
  let state = initialCareerPlanState();
  for (const recorded of events) {
    const event = careerPlanEventOf(recorded);
    state = evolveCareerPlan(state, event);
    if (event.type === 'CareerPlanAgreed' && event.data.version === version && state.status !== 'Empty') {
      const agreement = state.agreed[state.agreed.length - 1];
      return { plan: state, agreement, revision: recorded.revision };
    }
  }
  return undefined;
}
