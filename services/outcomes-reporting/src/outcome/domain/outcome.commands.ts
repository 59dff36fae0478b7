import type { Command } from '@career/event-sourcing';
import type { CalendarDate } from '@career/calendar';
import type { CorrectionReason, LabourMarketImprovement, LearningOutcomes, OutcomeRecord } from './outcome.events';


/** The first command of a stream: the status when the client left the process. */
export type RecordExitOutcome = Command<
  'RecordExitOutcome',
  { processId: string; clientId: string; organisation: string; exitDate: CalendarDate } & OutcomeRecord
>;

/** Replaces the exit record (all fields); the original stays in the history. */
export type CorrectExitOutcome = Command<'CorrectExitOutcome', { exitDate: CalendarDate; reason: CorrectionReason } & OutcomeRecord>;

export type RecordFollowUpOutcome = Command<
  'RecordFollowUpOutcome',
  { followUpDate: CalendarDate; improvements?: LabourMarketImprovement[] } & OutcomeRecord
>;

export type CorrectFollowUpOutcome = Command<
  'CorrectFollowUpOutcome',
  { followUpDate: CalendarDate; improvements?: LabourMarketImprovement[]; reason: CorrectionReason } & OutcomeRecord
>;

export type RecordStatusChange = Command<'RecordStatusChange', { changeId: string; date: CalendarDate } & OutcomeRecord>;

export type WithdrawStatusChange = Command<'WithdrawStatusChange', { changeId: string; reason: CorrectionReason }>;

export type ConfirmLearningOutcomes = Command<'ConfirmLearningOutcomes', LearningOutcomes>;

export type OutcomeCommand =
  | RecordExitOutcome
  | CorrectExitOutcome
  | RecordFollowUpOutcome
  | CorrectFollowUpOutcome
  | RecordStatusChange
  | WithdrawStatusChange
  | ConfirmLearningOutcomes;
