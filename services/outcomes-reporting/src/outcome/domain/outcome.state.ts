import type { CalendarDate } from '@career/calendar';
import type { LabourMarketImprovement, LearningOutcomes, OutcomeRecord } from './outcome.events';

export interface ExitRecord extends OutcomeRecord {
  exitDate: CalendarDate;
}

export interface FollowUpRecord extends OutcomeRecord {
  followUpDate: CalendarDate;
  improvements: LabourMarketImprovement[];
}

export interface StatusChange extends OutcomeRecord {
  changeId: string;
  date: CalendarDate;
  withdrawn: boolean;
}

/** The current (corrected) view of one client process's outcomes. */
export type OutcomeState =
  | { status: 'Empty' }
  | {
      status: 'Recorded';
      processId: string;
      clientId: string;
      organisation: string;
      exit: ExitRecord;
      followUp?: FollowUpRecord;
      changes: StatusChange[];
      learningOutcomes?: LearningOutcomes;
    };
