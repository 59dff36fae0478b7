import { PRODUCERS, type EventTypeOf, type Producer } from './integration-events';
import { SCHEMAS_BY_PRODUCER } from './schema-registry';

// The TypeScript map of published events (what consumers' handler maps are checked against)
// and the registered JSON Schemas (what the relay and consumers validate against) must name
// the same events: a type without a schema, or a schema without a type, fails here.
const TYPE_NAMES = {
  'client-intake': ['ClientRegistered', 'AdvisorAssigned', 'ClientExited', 'ClientReentered', 'PersonalDataDestroyed'],
  scheduling: [
    'ProcessOpened',
    'MeetingScheduled',
    'MeetingMoved',
    'MeetingCancelled',
    'MeetingHeld',
    'MeetingNoShow',
    'InitialAssessmentCompleted',
    'InitialAssessmentOverdue',
    'TrainingReferralMade',
    'TrainingCompleted',
    'ProcessClosed',
    'ParticipantEnrolled',
    'ParticipantWaitlisted',
    'ParticipantWithdrawn',
    'AttendanceRecorded',
    'CareerPlanAgreed',
    'CareerGoalSet',
    'CareerGoalRevised',
    'CareerGoalAchieved',
    'CareerGoalDropped',
    'CareerStepDone',
    'CareerStepDropped',
  ],
  'skills-assessment': [
    'SkillsProfileOpened',
    'SkillAdded',
    'SkillRevised',
    'SkillRemoved',
    'WorkExperienceAdded',
    'WorkExperienceRemoved',
    'EducationAdded',
    'EducationRemoved',
    'LicenceAdded',
    'LicenceRemoved',
    'InterestInventoryRecorded',
    'TargetSet',
    'TargetRemoved',
    'TargetRequirementAdded',
    'TargetRequirementRevised',
    'TargetRequirementRemoved',
    'SelfAssessmentRecorded',
    'AssessmentCompleted',
    'ProfileTextWritten',
    'ProfileTextRemoved',
  ],
  'document-generation': ['DocumentGenerated', 'DocumentsDestroyed'],
  'outcomes-reporting': ['OutcomeRecorded', 'FollowUpRecorded'],
} as const satisfies { [P in Producer]: readonly EventTypeOf<P>[] };

// Compile-time: every type of the map is listed above.
type Unlisted = { [P in Producer]: Exclude<EventTypeOf<P>, (typeof TYPE_NAMES)[P][number]> }[Producer];
const everyTypeListed: [Unlisted] extends [never] ? true : false = true;

describe('the typed map of published events', () => {
  it('names exactly the registered schemas of each producer', () => {
    expect(everyTypeListed).toBe(true);
    for (const producer of PRODUCERS) {
      expect(SCHEMAS_BY_PRODUCER[producer].map((s) => s.type).sort()).toEqual([...TYPE_NAMES[producer]].sort());
    }
    expect(Object.keys(SCHEMAS_BY_PRODUCER).sort()).toEqual([...PRODUCERS].sort());
  });
});
