import { randomUUID } from 'node:crypto';
import { RequestValidationError } from '@career/platform';
import type { OutcomeCommand, OutcomeRecord, OutcomeStatus } from '../domain';
import type { OutcomeStatusDto, RecordOutcomeDto } from './record-outcome.dto';

/** Which body fields each kind takes (besides kind, clientId, processNumber). */
const FIELDS_OF_KIND: Record<RecordOutcomeDto['kind'], readonly (keyof RecordOutcomeDto)[]> = {
  exit: ['exitDate', 'outcome', 'source', 'gainedQualification'],
  'exit-correction': ['exitDate', 'outcome', 'source', 'gainedQualification', 'reason'],
  'follow-up': ['followUpDate', 'outcome', 'source', 'gainedQualification', 'improvements'],
  'follow-up-correction': ['followUpDate', 'outcome', 'source', 'gainedQualification', 'improvements', 'reason'],
  'status-change': ['date', 'changeId', 'outcome', 'source', 'gainedQualification'],
  'status-change-withdrawal': ['changeId', 'reason'],
  'learning-outcomes': ['learnedToIdentifySkills', 'drewUpSkillsCv', 'wroteJobApplication', 'improvedSelfKnowledge', 'improvedConfidence'],
};
const ALWAYS: readonly (keyof RecordOutcomeDto)[] = ['kind', 'clientId', 'processNumber'];

/** The details each status takes; the decider checks the required ones. */
const DETAILS_OF_STATUS: Record<OutcomeStatus['status'], readonly (keyof OutcomeStatusDto)[]> = {
  employed: ['workingTime', 'contract', 'startDate'],
  'self-employed': ['businessId', 'startDate'],
  studying: ['institutionType', 'iscedLevel', 'startDate'],
  'in-training': [],
  'job-searching': [],
  inactive: [],
  other: [],
};

function refuseOthers<T extends object>(value: T, allowed: readonly (keyof T)[], prefix: string, because: string): void {
  const misplaced = (Object.keys(value) as (keyof T)[]).filter((key) => value[key] !== undefined && !allowed.includes(key));
  if (misplaced.length > 0) {
    throw new RequestValidationError(misplaced.map((key) => ({ field: `${prefix}${String(key)}`, reason: `is not part of ${because}` })));
  }
}

function statusOf(dto: OutcomeStatusDto): OutcomeStatus {
  refuseOthers(dto, ['status', ...DETAILS_OF_STATUS[dto.status]], 'outcome.', `the status ${dto.status}`);
  const { status: _status, ...details } = dto;
  // Only the details of this status, as the decider and the events know them.
  return { status: dto.status, ...Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined)) } as OutcomeStatus;
}

function recordOf(dto: RecordOutcomeDto): OutcomeRecord {
  return {
    outcome: statusOf(dto.outcome!),
    source: dto.source!,
    ...(dto.gainedQualification && { gainedQualification: { kind: dto.gainedQualification.kind, code: dto.gainedQualification.code } }),
  };
}

/**
 * The validated request as an outcome command. The process (and so the stream) is resolved
 * by the caller; `organisation` is the caller's own.
 */
export function outcomeCommandOf(dto: RecordOutcomeDto, target: { processId: string; organisation: string }, now: Date): OutcomeCommand {
  refuseOthers(dto, [...ALWAYS, ...FIELDS_OF_KIND[dto.kind]], '', `a ${dto.kind} record`);
  const metadata = { now };
  switch (dto.kind) {
    case 'exit':
      return { type: 'RecordExitOutcome', data: { processId: target.processId, clientId: dto.clientId, organisation: target.organisation, exitDate: dto.exitDate!, ...recordOf(dto) }, metadata };
    case 'exit-correction':
      return { type: 'CorrectExitOutcome', data: { exitDate: dto.exitDate!, reason: dto.reason!, ...recordOf(dto) }, metadata };
    case 'follow-up':
      return { type: 'RecordFollowUpOutcome', data: { followUpDate: dto.followUpDate!, ...(dto.improvements && { improvements: dto.improvements }), ...recordOf(dto) }, metadata };
    case 'follow-up-correction':
      return {
        type: 'CorrectFollowUpOutcome',
        data: { followUpDate: dto.followUpDate!, reason: dto.reason!, ...(dto.improvements && { improvements: dto.improvements }), ...recordOf(dto) },
        metadata,
      };
    case 'status-change':
      return { type: 'RecordStatusChange', data: { changeId: dto.changeId ?? randomUUID(), date: dto.date!, ...recordOf(dto) }, metadata };
    case 'status-change-withdrawal':
      return { type: 'WithdrawStatusChange', data: { changeId: dto.changeId!, reason: dto.reason! }, metadata };
    case 'learning-outcomes':
      return {
        type: 'ConfirmLearningOutcomes',
        data: {
          learnedToIdentifySkills: dto.learnedToIdentifySkills!,
          drewUpSkillsCv: dto.drewUpSkillsCv!,
          wroteJobApplication: dto.wroteJobApplication!,
          improvedSelfKnowledge: dto.improvedSelfKnowledge!,
          improvedConfidence: dto.improvedConfidence!,
        },
        metadata,
      };
  }
}
