import type { IntegrationEvent } from './integration-event';
import type { AdvisorAssignedV1, ClientExitedV1, ClientReenteredV1, ClientRegisteredV1, PersonalDataDestroyedV1 } from './client-intake';
import type { DocumentGeneratedV1, DocumentsDestroyedV1 } from './document-generation';
import type { FollowUpRecordedV1, OutcomeRecordedV1 } from './outcomes-reporting';
import type {
  AttendanceRecordedV1,
  CareerGoalAchievedV1,
  CareerGoalDroppedV1,
  CareerGoalRevisedV1,
  CareerGoalSetV1,
  CareerPlanAgreedV1,
  CareerStepDoneV1,
  CareerStepDroppedV1,
  InitialAssessmentCompletedV1,
  InitialAssessmentOverdueV1,
  MeetingCancelledV1,
  MeetingHeldV1,
  MeetingMovedV1,
  MeetingNoShowV1,
  MeetingScheduledV1,
  ParticipantEnrolledV1,
  ParticipantWaitlistedV1,
  ParticipantWithdrawnV1,
  ProcessClosedV1,
  ProcessOpenedV1,
  TrainingCompletedV1,
  TrainingReferralMadeV1,
} from './scheduling';
import type {
  AssessmentCompletedV1,
  EducationAddedV1,
  EducationRemovedV1,
  InterestInventoryRecordedV1,
  LicenceAddedV1,
  LicenceRemovedV1,
  ProfileTextRemovedV1,
  ProfileTextWrittenV1,
  SelfAssessmentRecordedV1,
  SkillAddedV1,
  SkillRemovedV1,
  SkillRevisedV1,
  SkillsProfileOpenedV1,
  TargetRemovedV1,
  TargetRequirementAddedV1,
  TargetRequirementRemovedV1,
  TargetRequirementRevisedV1,
  TargetSetV1,
  WorkExperienceAddedV1,
  WorkExperienceRemovedV1,
} from './skills-assessment';

/**
 * Every published integration event, by producing service, event type and schema version:
 * the payload type of `data`. Consumers get a discriminated union from it (narrow on `type`
 * and `version`, no casts); a unit test keeps it equal to the registered JSON Schemas.
 */
export interface PublishedEvents {
  'client-intake': {
    ClientRegistered: { 1: ClientRegisteredV1 };
    AdvisorAssigned: { 1: AdvisorAssignedV1 };
    ClientExited: { 1: ClientExitedV1 };
    ClientReentered: { 1: ClientReenteredV1 };
    PersonalDataDestroyed: { 1: PersonalDataDestroyedV1 };
  };
  scheduling: {
    ProcessOpened: { 1: ProcessOpenedV1 };
    MeetingScheduled: { 1: MeetingScheduledV1 };
    MeetingMoved: { 1: MeetingMovedV1 };
    MeetingCancelled: { 1: MeetingCancelledV1 };
    MeetingHeld: { 1: MeetingHeldV1 };
    MeetingNoShow: { 1: MeetingNoShowV1 };
    InitialAssessmentCompleted: { 1: InitialAssessmentCompletedV1 };
    InitialAssessmentOverdue: { 1: InitialAssessmentOverdueV1 };
    TrainingReferralMade: { 1: TrainingReferralMadeV1 };
    TrainingCompleted: { 1: TrainingCompletedV1 };
    ProcessClosed: { 1: ProcessClosedV1 };
    ParticipantEnrolled: { 1: ParticipantEnrolledV1 };
    ParticipantWaitlisted: { 1: ParticipantWaitlistedV1 };
    ParticipantWithdrawn: { 1: ParticipantWithdrawnV1 };
    AttendanceRecorded: { 1: AttendanceRecordedV1 };
    CareerPlanAgreed: { 1: CareerPlanAgreedV1 };
    CareerGoalSet: { 1: CareerGoalSetV1 };
    CareerGoalRevised: { 1: CareerGoalRevisedV1 };
    CareerGoalAchieved: { 1: CareerGoalAchievedV1 };
    CareerGoalDropped: { 1: CareerGoalDroppedV1 };
    CareerStepDone: { 1: CareerStepDoneV1 };
    CareerStepDropped: { 1: CareerStepDroppedV1 };
  };
  'skills-assessment': {
    SkillsProfileOpened: { 1: SkillsProfileOpenedV1 };
    SkillAdded: { 1: SkillAddedV1 };
    SkillRevised: { 1: SkillRevisedV1 };
    SkillRemoved: { 1: SkillRemovedV1 };
    WorkExperienceAdded: { 1: WorkExperienceAddedV1 };
    WorkExperienceRemoved: { 1: WorkExperienceRemovedV1 };
    EducationAdded: { 1: EducationAddedV1 };
    EducationRemoved: { 1: EducationRemovedV1 };
    LicenceAdded: { 1: LicenceAddedV1 };
    LicenceRemoved: { 1: LicenceRemovedV1 };
    InterestInventoryRecorded: { 1: InterestInventoryRecordedV1 };
    TargetSet: { 1: TargetSetV1 };
    TargetRemoved: { 1: TargetRemovedV1 };
    TargetRequirementAdded: { 1: TargetRequirementAddedV1 };
    TargetRequirementRevised: { 1: TargetRequirementRevisedV1 };
    TargetRequirementRemoved: { 1: TargetRequirementRemovedV1 };
    SelfAssessmentRecorded: { 1: SelfAssessmentRecordedV1 };
    AssessmentCompleted: { 1: AssessmentCompletedV1 };
    ProfileTextWritten: { 1: ProfileTextWrittenV1 };
    ProfileTextRemoved: { 1: ProfileTextRemovedV1 };
  };
  'document-generation': {
    DocumentGenerated: { 1: DocumentGeneratedV1 };
    DocumentsDestroyed: { 1: DocumentsDestroyedV1 };
  };
  'outcomes-reporting': {
    OutcomeRecorded: { 1: OutcomeRecordedV1 };
    FollowUpRecorded: { 1: FollowUpRecordedV1 };
  };
}

/** A service that publishes integration events (its topic is `career.<service>.events.v1`). */
export type Producer = keyof PublishedEvents;

/** The events one producer publishes, as a union discriminated by `type` and `version`. */
export type EventOf<P extends Producer> = {
  [T in keyof PublishedEvents[P] & string]: {
    [V in keyof PublishedEvents[P][T] & number]: IntegrationEvent<T, PublishedEvents[P][T][V]> & { version: V };
  }[keyof PublishedEvents[P][T] & number];
}[keyof PublishedEvents[P] & string];

/** Every published integration event. */
export type KnownIntegrationEvent = { [P in Producer]: EventOf<P> }[Producer];

/** The type names one producer publishes. */
export type EventTypeOf<P extends Producer> = EventOf<P>['type'];

/** One type (all its versions) of one producer's events. */
export type EventOfType<P extends Producer, T extends EventTypeOf<P>> = Extract<EventOf<P>, { type: T }>;

/** The schemas each producer publishes, as registered (schema-registry). */
export const PRODUCERS = ['client-intake', 'scheduling', 'skills-assessment', 'document-generation', 'outcomes-reporting'] as const satisfies readonly Producer[];
