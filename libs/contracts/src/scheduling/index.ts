import type { PublishedSchema } from '../published-schema';
import { ATTENDANCE_RECORDED, attendanceRecordedV1Schema } from './attendance-recorded.v1';
import { CAREER_GOAL_ACHIEVED, careerGoalAchievedV1Schema } from './career-goal-achieved.v1';
import { CAREER_GOAL_DROPPED, careerGoalDroppedV1Schema } from './career-goal-dropped.v1';
import { CAREER_GOAL_REVISED, careerGoalRevisedV1Schema } from './career-goal-revised.v1';
import { CAREER_GOAL_SET, careerGoalSetV1Schema } from './career-goal-set.v1';
import { CAREER_PLAN_AGREED, careerPlanAgreedV1Schema } from './career-plan-agreed.v1';
import { CAREER_STEP_DONE, careerStepDoneV1Schema } from './career-step-done.v1';
import { CAREER_STEP_DROPPED, careerStepDroppedV1Schema } from './career-step-dropped.v1';
import { INITIAL_ASSESSMENT_COMPLETED, initialAssessmentCompletedV1Schema } from './initial-assessment-completed.v1';
import { INITIAL_ASSESSMENT_OVERDUE, initialAssessmentOverdueV1Schema } from './initial-assessment-overdue.v1';
import { MEETING_CANCELLED, meetingCancelledV1Schema } from './meeting-cancelled.v1';
import { MEETING_HELD, meetingHeldV1Schema } from './meeting-held.v1';
import { MEETING_MOVED, meetingMovedV1Schema } from './meeting-moved.v1';
import { MEETING_NO_SHOW, meetingNoShowV1Schema } from './meeting-no-show.v1';
import { MEETING_SCHEDULED, meetingScheduledV1Schema } from './meeting-scheduled.v1';
import { PARTICIPANT_ENROLLED, participantEnrolledV1Schema } from './participant-enrolled.v1';
import { PARTICIPANT_WAITLISTED, participantWaitlistedV1Schema } from './participant-waitlisted.v1';
import { PARTICIPANT_WITHDRAWN, participantWithdrawnV1Schema } from './participant-withdrawn.v1';
import { PROCESS_CLOSED, processClosedV1Schema } from './process-closed.v1';
import { PROCESS_OPENED, processOpenedV1Schema } from './process-opened.v1';
import { TRAINING_COMPLETED, trainingCompletedV1Schema } from './training-completed.v1';
import { TRAINING_REFERRAL_MADE, trainingReferralMadeV1Schema } from './training-referral-made.v1';

export { DIRECTIONS_V1, MEETING_MODES_V1, MEETING_PHASES_V1 } from './scheduling-fields.v1';
export * from './process-opened.v1';
export * from './meeting-scheduled.v1';
export * from './meeting-moved.v1';
export * from './meeting-cancelled.v1';
export * from './meeting-held.v1';
export * from './meeting-no-show.v1';
export * from './initial-assessment-completed.v1';
export * from './initial-assessment-overdue.v1';
export * from './training-referral-made.v1';
export * from './training-completed.v1';
export * from './process-closed.v1';
export * from './participant-enrolled.v1';
export * from './participant-waitlisted.v1';
export * from './participant-withdrawn.v1';
export * from './attendance-recorded.v1';
export { GOAL_KINDS_V1, PLAN_PARTIES_V1, type CareerPlanFactV1, type GoalKindV1, type PlanPartyV1 } from './career-plan-fields.v1';
export * from './career-plan-agreed.v1';
export * from './career-goal-set.v1';
export * from './career-goal-revised.v1';
export * from './career-goal-achieved.v1';
export * from './career-goal-dropped.v1';
export * from './career-step-done.v1';
export * from './career-step-dropped.v1';

/** Everything scheduling publishes on career.scheduling.events.v1 (one file per event and version beside this one). */
export const SCHEDULING_SCHEMAS: readonly PublishedSchema[] = [
  { type: PROCESS_OPENED, version: 1, schema: processOpenedV1Schema },
  { type: MEETING_SCHEDULED, version: 1, schema: meetingScheduledV1Schema },
  { type: MEETING_MOVED, version: 1, schema: meetingMovedV1Schema },
  { type: MEETING_CANCELLED, version: 1, schema: meetingCancelledV1Schema },
  { type: MEETING_HELD, version: 1, schema: meetingHeldV1Schema },
  { type: MEETING_NO_SHOW, version: 1, schema: meetingNoShowV1Schema },
  { type: INITIAL_ASSESSMENT_COMPLETED, version: 1, schema: initialAssessmentCompletedV1Schema },
  { type: INITIAL_ASSESSMENT_OVERDUE, version: 1, schema: initialAssessmentOverdueV1Schema },
  { type: TRAINING_REFERRAL_MADE, version: 1, schema: trainingReferralMadeV1Schema },
  { type: TRAINING_COMPLETED, version: 1, schema: trainingCompletedV1Schema },
  { type: PROCESS_CLOSED, version: 1, schema: processClosedV1Schema },
  { type: PARTICIPANT_ENROLLED, version: 1, schema: participantEnrolledV1Schema },
  { type: PARTICIPANT_WAITLISTED, version: 1, schema: participantWaitlistedV1Schema },
  { type: PARTICIPANT_WITHDRAWN, version: 1, schema: participantWithdrawnV1Schema },
  { type: ATTENDANCE_RECORDED, version: 1, schema: attendanceRecordedV1Schema },
  { type: CAREER_PLAN_AGREED, version: 1, schema: careerPlanAgreedV1Schema },
  { type: CAREER_GOAL_SET, version: 1, schema: careerGoalSetV1Schema },
  { type: CAREER_GOAL_REVISED, version: 1, schema: careerGoalRevisedV1Schema },
  { type: CAREER_GOAL_ACHIEVED, version: 1, schema: careerGoalAchievedV1Schema },
  { type: CAREER_GOAL_DROPPED, version: 1, schema: careerGoalDroppedV1Schema },
  { type: CAREER_STEP_DONE, version: 1, schema: careerStepDoneV1Schema },
  { type: CAREER_STEP_DROPPED, version: 1, schema: careerStepDroppedV1Schema },
];
