/**
 * Builds the career-plan document from one agreed version of the plan: the client's name, the
 * version and the day it was agreed, each goal (kind, what it aims at, target date, status)
 * with its steps (who, by when, status, the service it leads to), and the agreement with each
 * party's confirmation date. Pure: `now` is an input. Nothing is reordered or left out: the
 * document shows the version exactly as agreed.
 */
import { helsinkiDate } from '@career/calendar';
import type { CareerPlanDocument, LabelledItem, PlanGoalBlock } from './document-model';
import { formatCalendarDate, formatInputDate } from './format-date';
import { redactDeep } from './identity-code-redaction';
import type { CareerPlanInput, PlanGoalInput, PlanStepInput } from './plan-input';
import type { DocumentLanguage } from './profile-input';
import { collapseWhitespace } from './text-utils';
import { fullNameOf } from './build-skills-cv';
import { LABELS } from '../../templates/labels';
import { fillTemplate } from '../../templates/fill-template';
import { PLAN_LABELS, PLAN_LABELS_VERSION } from '../../templates/plan-labels';

export const CAREER_PLAN_TEMPLATE_VERSION = `career-plan-v1+${PLAN_LABELS_VERSION}`;

const dateOf = (instant: string, language: DocumentLanguage) => formatCalendarDate(helsinkiDate(new Date(instant)), language);

function stepItem(step: PlanStepInput, language: DocumentLanguage): LabelledItem {
  const labels = PLAN_LABELS[language];
  const parts = [
    labels.owner[step.owner],
    fillTemplate(labels.dueDate, { date: formatInputDate(step.dueDate, language) }),
    labels.stepStatus[step.status],
    ...(step.linkKind ? [fillTemplate(labels.linked, { service: labels.services[step.linkKind] })] : []),
  ];
  return { label: collapseWhitespace(step.title), detail: parts.join(' · ') };
}

function goalBlock(goal: PlanGoalInput, language: DocumentLanguage): PlanGoalBlock {
  const labels = PLAN_LABELS[language];
  return {
    heading: `${labels.goalKinds[goal.kind]}: ${collapseWhitespace(goal.what)}`,
    detail: `${fillTemplate(labels.targetDate, { date: formatInputDate(goal.targetDate, language) })} · ${labels.goalStatus[goal.status]}`,
    steps: goal.steps.map((step) => stepItem(step, language)),
    ...(goal.steps.length === 0 ? { noSteps: labels.noSteps } : {}),
  };
}

export function buildCareerPlan(rawInput: CareerPlanInput): CareerPlanDocument {
  const { language } = rawInput;
  const labels = PLAN_LABELS[language];
  const redacted = LABELS[language].redacted;
  const { value: input, count: redactedInInput } = redactDeep(rawInput, redacted);
  const { plan } = input;
  const fullName = fullNameOf(input.contact);
  const agreedOn = dateOf(plan.agreedAt, language);
  const version = fillTemplate(labels.version, { version: String(plan.version), date: agreedOn });
  const confirmed = (party: 'client' | 'advisor') => {
    const at = plan.confirmedAt[party];
    return at ? dateOf(at, language) : agreedOn;
  };
  const document: CareerPlanDocument = {
    kind: 'career-plan',
    language,
    meta: {
      title: `${labels.planLabel} – ${fullName}`,
      author: fullName,
      subject: `${labels.planLabel}, ${version}`,
      languageTag: LABELS[language].languageTag,
      createdAt: input.now.toISOString(),
      templateVersion: CAREER_PLAN_TEMPLATE_VERSION,
      redactedIdentityCodes: 0,
    },
    documentLabel: labels.planLabel,
    person: { fullName, contactItems: [] },
    versionLine: `${version} · ${fillTemplate(labels.started, { date: formatInputDate(plan.startedOn, language) })}`,
    goals: { heading: labels.sections.goals, items: plan.goals.map((goal) => goalBlock(goal, language)) },
    agreement: { heading: labels.sections.agreement, text: fillTemplate(labels.agreed, { client: confirmed('client'), advisor: confirmed('advisor') }) },
    footer: `${labels.planLabel} · ${version}`,
    pageLabel: LABELS[language].page,
  };
  const { value: output, count: redactedInOutput } = redactDeep(document, redacted);
  output.meta.redactedIdentityCodes = redactedInInput + redactedInOutput;
  return output;
}
