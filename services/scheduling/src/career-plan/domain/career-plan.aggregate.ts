import { defineAggregate, oneKeyPerClient } from '@career/event-sourcing';
import { refuse } from '../../scheduling.errors';
import { careerPlanDecider } from './career-plan.decider';
import { CAREER_PLAN_CATEGORY, CAREER_PLAN_SCHEMA_VERSIONS, PERSONAL_FIELDS } from './career-plan.events';

/**
 * The career plan of a guidance process (docs/domain.md#the-career-plan), bound to the event
 * store by CommandSideModule: `careerPlan-<processId>` streams (one plan per process by
 * construction), every free text encrypted with the client's key, another organisation's or
 * another person's plan answered as missing. The plan's client is named by OpenPlan; any other
 * command on a new stream is refused by the decider before anything is written.
 */
export const careerPlan = defineAggregate({
  category: CAREER_PLAN_CATEGORY,
  decider: careerPlanDecider,
  schemaVersions: CAREER_PLAN_SCHEMA_VERSIONS,
  personalData: oneKeyPerClient(PERSONAL_FIELDS),
  notFound: () => refuse('PLAN.NOT_FOUND'),
  personalDataDestroyed: () => refuse('CLIENT.PERSONAL_DATA_DESTROYED'),
  clientIdOf: (planId, command) => (command.type === 'OpenPlan' ? command.data.clientId : planId),
});
