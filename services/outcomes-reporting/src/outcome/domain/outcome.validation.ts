import { isCalendarDate, type CalendarDate } from '@career/calendar';
import type { DomainError } from '@career/event-sourcing';
import { refuse } from '../../outcomes-reporting.errors';
import { isValidBusinessId } from './business-id';
import {
  LEARNING_OUTCOME_KEYS,
  OUTCOME_STATUS_CODES,
  type CorrectionReason,
  type LabourMarketImprovement,
  type LearningOutcomes,
  type OutcomeRecord,
  type OutcomeStatus,
} from './outcome.events';

/**
 * Shape checks a DTO may already have done, repeated here so the decider is safe on its own
 * (events are forever). Failures are `invalid` (HTTP 400) and name the field.
 */
function invalid(field: string, message: string, extra: Record<string, unknown> = {}): DomainError {
  return refuse('OUTCOME.INVALID_FIELD', { field, ...extra }, message);
}

function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): asserts value is T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw invalid(field, `${field} must be one of ${allowed.join(', ')}.`, { allowed });
  }
}

export function requireDate(field: string, value: unknown): asserts value is CalendarDate {
  if (!isCalendarDate(value)) throw invalid(field, `${field} must be a calendar date YYYY-MM-DD.`);
}

export function requireId(field: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 100) {
    throw invalid(field, `${field} must be a non-empty identifier of at most 100 characters.`);
  }
}

const WORKING_TIMES = ['full-time', 'part-time'] as const;
const CONTRACTS = ['permanent', 'fixed-term'] as const;
const INSTITUTION_TYPES = ['upper-secondary', 'vocational', 'university-of-applied-sciences', 'university', 'other'] as const;
const SOURCES = ['client', 'register', 'employer'] as const;
const QUALIFICATION_KINDS = ['licence', 'qualification', 'partial-qualification', 'other'] as const;
/** A catalogue code, not a sentence: free text could carry personal data into reports. */
const QUALIFICATION_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
export const CORRECTION_REASONS: readonly CorrectionReason[] = ['entry-error', 'new-information', 'register-check'];
export const LABOUR_MARKET_IMPROVEMENTS: readonly LabourMarketImprovement[] = [
  'precarious-to-stable',
  'underemployed-to-full',
  'higher-skilled-job',
  'promotion',
];

function validateStatus(outcome: OutcomeStatus): void {
  if (typeof outcome !== 'object' || outcome === null) throw invalid('outcome', 'outcome is required.');
  oneOf('outcome.status', outcome.status, OUTCOME_STATUS_CODES);
  switch (outcome.status) {
    case 'employed':
      oneOf('outcome.workingTime', outcome.workingTime, WORKING_TIMES);
      oneOf('outcome.contract', outcome.contract, CONTRACTS);
      requireDate('outcome.startDate', outcome.startDate);
      return;
    case 'self-employed':
      if (outcome.businessId !== undefined && (typeof outcome.businessId !== 'string' || !isValidBusinessId(outcome.businessId))) {
        throw invalid('outcome.businessId', 'outcome.businessId must be a Finnish business ID (1234567-8) with a valid check digit.');
      }
      if (outcome.startDate !== undefined) requireDate('outcome.startDate', outcome.startDate);
      return;
    case 'studying':
      oneOf('outcome.institutionType', outcome.institutionType, INSTITUTION_TYPES);
      if (!Number.isInteger(outcome.iscedLevel) || outcome.iscedLevel < 0 || outcome.iscedLevel > 8) {
        throw invalid('outcome.iscedLevel', 'outcome.iscedLevel must be an ISCED level 0-8.');
      }
      if (outcome.startDate !== undefined) requireDate('outcome.startDate', outcome.startDate);
      return;
    default:
      return;
  }
}

export function validateRecord(record: OutcomeRecord): void {
  validateStatus(record.outcome);
  oneOf('source', record.source, SOURCES);
  const qualification = record.gainedQualification;
  if (qualification !== undefined) {
    oneOf('gainedQualification.kind', qualification.kind, QUALIFICATION_KINDS);
    if (typeof qualification.code !== 'string' || !QUALIFICATION_CODE.test(qualification.code)) {
      throw invalid('gainedQualification.code', 'gainedQualification.code must be a catalogue code (letters, digits, . _ -, at most 40).');
    }
  }
}

export function validateImprovements(improvements: readonly LabourMarketImprovement[], outcome: OutcomeStatus): void {
  if (!Array.isArray(improvements)) throw invalid('improvements', 'improvements must be a list.');
  for (const improvement of improvements) oneOf('improvements', improvement, LABOUR_MARKET_IMPROVEMENTS);
  if (new Set(improvements).size !== improvements.length) throw invalid('improvements', 'improvements must not repeat.');
  if (improvements.length > 0 && outcome.status !== 'employed' && outcome.status !== 'self-employed') {
    throw invalid('improvements', 'An improved labour-market situation needs the client to be employed or self-employed.');
  }
}

export function validateReason(reason: unknown): asserts reason is CorrectionReason {
  oneOf('reason', reason, CORRECTION_REASONS);
}

export function validateLearningOutcomes(outcomes: LearningOutcomes): void {
  for (const key of LEARNING_OUTCOME_KEYS) {
    if (typeof outcomes[key] !== 'boolean') throw invalid(key, `${key} must be true or false.`);
  }
}

