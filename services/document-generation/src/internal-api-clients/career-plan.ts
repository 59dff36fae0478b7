import {
  PLAN_GOAL_KINDS,
  PLAN_GOAL_STATUSES,
  PLAN_LINK_KINDS,
  PLAN_PARTIES,
  PLAN_STEP_STATUSES,
  type AgreedPlanInput,
  type PlanGoalInput,
  type PlanParty,
  type PlanStepInput,
} from '../content/domain';
import { arrayAt, isObject, objectAt, oneOf, optionalText, requiredInteger, requiredText, type Json } from '@career/platform';

/**
 * What scheduling's `GET /internal/v1/career-plans/:planId/versions/:version` returns: one
 * agreed version of a career plan exactly as agreed (free text decrypted), its owner (client,
 * organisation) and `revision`, the stream revision of its agreement (the document's provenance).
 */
export interface AgreedPlanAnswer {
  planId: string;
  clientId: string;
  organisation: string;
  revision: number;
  plan: AgreedPlanInput;
}

/** The plan's texts were erased (the client's personal data was destroyed): nothing to print. */
export class PlanTextErasedError extends Error {
  constructor() {
    super("the career plan's texts were erased");
    this.name = 'PlanTextErasedError';
  }
}

export function parseAgreedPlan(body: unknown, etagRevision?: number): AgreedPlanAnswer {
  const answer = objectAt(body, 'body');
  if (answer.erased === true) throw new PlanTextErasedError();
  const confirmed = isObject(answer.confirmedAt) ? answer.confirmedAt : {};
  const confirmedAt: Partial<Record<PlanParty, string>> = {};
  for (const party of PLAN_PARTIES) {
    const at = optionalText(confirmed, party);
    if (at) confirmedAt[party] = at;
  }
  return {
    planId: requiredText(answer, 'planId'),
    clientId: requiredText(answer, 'clientId'),
    organisation: requiredText(answer, 'organisation'),
    revision: answer.revision === undefined && etagRevision !== undefined ? etagRevision : requiredInteger(answer, 'revision', 'revision', 0),
    plan: {
      version: requiredInteger(answer, 'version', 'version', 1),
      agreedAt: requiredText(answer, 'agreedAt'),
      startedOn: requiredText(answer, 'startedOn'),
      confirmedAt,
      goals: arrayAt(answer, 'goals').map((goal, index) => goalOf(objectAt(goal, `goals[${index}]`), `goals[${index}]`)),
    },
  };
}

function goalOf(goal: Json, at: string): PlanGoalInput {
  const what = objectAt(goal.what, `${at}.what`);
  return {
    kind: oneOf(goal, 'kind', PLAN_GOAL_KINDS, `${at}.kind`),
    what: requiredText(what, 'label', `${at}.what.label`),
    targetDate: requiredText(goal, 'targetDate', `${at}.targetDate`),
    status: oneOf(goal, 'status', PLAN_GOAL_STATUSES, `${at}.status`),
    steps: arrayAt(goal, 'steps', `${at}.steps`).map((step, index) => stepOf(objectAt(step, `${at}.steps[${index}]`), `${at}.steps[${index}]`)),
  };
}

function stepOf(step: Json, at: string): PlanStepInput {
  const link = isObject(step.link) ? oneOf(step.link, 'kind', PLAN_LINK_KINDS, `${at}.link.kind`) : undefined;
  return {
    title: requiredText(step, 'title', `${at}.title`),
    owner: oneOf(step, 'owner', PLAN_PARTIES, `${at}.owner`),
    dueDate: requiredText(step, 'dueDate', `${at}.dueDate`),
    status: oneOf(step, 'status', PLAN_STEP_STATUSES, `${at}.status`),
    ...(link ? { linkKind: link } : {}),
  };
}
