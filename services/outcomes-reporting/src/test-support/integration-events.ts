import { randomUUID } from 'node:crypto';
import {
  exampleClientRegisteredV1,
  sourceOf,
  validateIntegrationEvent,
  type AdvisorAssignedV1,
  type ClientExitedV1,
  type ClientReenteredV1,
  type ClientRegisteredV1,
  type DocumentGeneratedV1,
  type EntryCategoriesV1,
  type InitialAssessmentCompletedV1,
  type InitialAssessmentOverdueV1,
  type IntegrationEvent,
  type InterestInventoryRecordedV1,
  type MeetingHeldV1,
  type MeetingNoShowV1,
  type PersonalDataDestroyedV1,
  type ProcessClosedV1,
  type ProcessOpenedV1,
  type ProfileTextWrittenV1,
  type RecordedByV1,
  type SelfAssessmentRecordedV1,
  type SkillAddedV1,
  type TrainingCompletedV1,
  type TrainingReferralMadeV1,
  guidanceProcessIdOf,
} from '@career/contracts';

/**
 * Schema-valid integration events of every type the participant rows read, for one client's
 * story. Each builder checks its payload against the published schema, so a contract change
 * breaks these tests instead of silently testing an old shape.
 */
export class ClientStory {
  readonly clientId: string;
  constructor(
    readonly organisation = 'ORG-TEST',
    clientId: string = randomUUID(),
  ) {
    this.clientId = clientId;
  }

  processId(processNumber = 1): string {
    return guidanceProcessIdOf(this.clientId, processNumber);
  }

  private event<T>(service: string, type: string, time: string, data: T): IntegrationEvent<string, T> {
    const valid = validateIntegrationEvent(type, 1, data);
    if (!valid.valid) throw new Error(`test event ${type} breaks its schema: ${valid.errors.join('; ')}`);
    return { id: randomUUID(), type, version: 1, source: sourceOf(service), subject: this.clientId, time, organisation: this.organisation, data };
  }

  private get base() {
    return { clientId: this.clientId, organisation: this.organisation };
  }

  registered(entry: Partial<EntryCategoriesV1> = {}, overrides: Partial<ClientRegisteredV1> = {}) {
    const example = exampleClientRegisteredV1(this.clientId, { organisation: this.organisation });
    const data: ClientRegisteredV1 = { ...example, entry: { ...example.entry, ...entry }, ...overrides };
    return this.event('client-intake', 'ClientRegistered', data.registeredAt, data);
  }
  advisorAssigned(advisorId: string, assignedAt: string) {
    return this.event<AdvisorAssignedV1>('client-intake', 'AdvisorAssigned', assignedAt, { ...this.base, advisorId, assignedAt });
  }
  exited(processNumber: number, exitDate: string, reason: ClientExitedV1['reason'] = 'employed') {
    return this.event<ClientExitedV1>('client-intake', 'ClientExited', `${exitDate}T12:00:00.000Z`, { ...this.base, processNumber, exitDate, reason });
  }
  reentered(processNumber: number, entryDate: string, previousExitDate: string, statusAtReentry?: ClientReenteredV1['statusAtReentry']) {
    return this.event<ClientReenteredV1>('client-intake', 'ClientReentered', `${entryDate}T08:00:00.000Z`, {
      ...this.base,
      processNumber,
      entryDate,
      previousExitDate,
      ...(statusAtReentry && { statusAtReentry }),
    });
  }
  personalDataDestroyed(scope: PersonalDataDestroyedV1['scope'], destroyedAt = '2031-01-02T03:00:00.000Z') {
    return this.event<PersonalDataDestroyedV1>('client-intake', 'PersonalDataDestroyed', destroyedAt, {
      ...this.base,
      scope,
      reason: scope === 'all' ? 'retention-ended' : 'consent-withdrawn',
      destroyedAt,
    });
  }
  processOpened(processNumber: number, openedAt: string, advisorId = 'advisor-1') {
    return this.event<ProcessOpenedV1>('scheduling', 'ProcessOpened', openedAt, {
      ...this.base,
      processId: this.processId(processNumber),
      advisorId,
      openedAt,
      firstWeek: '2026-W06',
    });
  }
  meeting(kind: 'held' | 'no-show', processNumber: number, recordedAt: string, meetingId: string = randomUUID()) {
    const data: MeetingHeldV1 | MeetingNoShowV1 = { ...this.base, processId: this.processId(processNumber), meetingId, recordedAt };
    return this.event('scheduling', kind === 'held' ? 'MeetingHeld' : 'MeetingNoShow', recordedAt, data);
  }
  initialAssessmentCompleted(processNumber: number, completedAt: string, direction: InitialAssessmentCompletedV1['direction'], licenceCodes: string[] = []) {
    return this.event<InitialAssessmentCompletedV1>('scheduling', 'InitialAssessmentCompleted', completedAt, {
      ...this.base,
      processId: this.processId(processNumber),
      direction,
      licenceCodes,
      meetingsHeld: 3,
      completedAt,
      nextDueDate: completedAt.slice(0, 10),
    });
  }
  initialAssessmentOverdue(processNumber: number, overdueSince: string) {
    return this.event<InitialAssessmentOverdueV1>('scheduling', 'InitialAssessmentOverdue', overdueSince, {
      ...this.base,
      processId: this.processId(processNumber),
      firstWeek: '2026-W06',
      overdueSince,
      meetingsHeld: 2,
      detectedAt: overdueSince,
    });
  }
  trainingReferralMade(processNumber: number, referralId: string, licenceCode: string, referredAt: string) {
    return this.event<TrainingReferralMadeV1>('scheduling', 'TrainingReferralMade', referredAt, {
      ...this.base,
      processId: this.processId(processNumber),
      referralId,
      licenceCode,
      referredAt,
    });
  }
  trainingCompleted(processNumber: number, referralId: string, licenceCode: string, passed: boolean, completedAt: string) {
    return this.event<TrainingCompletedV1>('scheduling', 'TrainingCompleted', completedAt, {
      ...this.base,
      processId: this.processId(processNumber),
      referralId,
      licenceCode,
      passed,
      completedAt,
    });
  }
  processClosed(processNumber: number, closedAt: string) {
    return this.event<ProcessClosedV1>('scheduling', 'ProcessClosed', closedAt, { ...this.base, processId: this.processId(processNumber), reason: 'client-exited', closedAt });
  }
  selfAssessment(phase: SelfAssessmentRecordedV1['phase'], recordedAt: string, scores: [number, number, number], recordedBy: RecordedByV1 = 'client') {
    return this.event<SelfAssessmentRecordedV1>('skills-assessment', 'SelfAssessmentRecorded', recordedAt, {
      ...this.base,
      recordedBy,
      recordedAt,
      phase,
      selfKnowledge: scores[0],
      identifyOwnSkills: scores[1],
      careerPlanningConfidence: scores[2],
    });
  }
  /** `generatedBy` undefined: a fact from before the field existed. */
  documentGenerated(
    kind: DocumentGeneratedV1['kind'],
    generatedAt: string,
    documentId: string = randomUUID(),
    version = 1,
    format: DocumentGeneratedV1['format'] = 'pdf',
    generatedBy?: DocumentGeneratedV1['generatedBy'],
  ) {
    return this.event<DocumentGeneratedV1>('document-generation', 'DocumentGenerated', generatedAt, {
      ...this.base,
      documentId,
      kind,
      language: 'fi',
      format,
      version,
      generatedAt,
      ...(generatedBy ? { generatedBy } : {}),
    });
  }
  interestInventory(recordedAt: string, recordedBy: RecordedByV1) {
    return this.event<InterestInventoryRecordedV1>('skills-assessment', 'InterestInventoryRecorded', recordedAt, { ...this.base, recordedBy, recordedAt, inventoryVersion: 'riasec-v1', code: 'SEC' });
  }
  skillAdded(skillId: string, recordedAt: string, recordedBy: RecordedByV1) {
    const skill = { skillId, label: 'trukin kuljettaminen', kind: 'skill', proficiency: 2, gainedIn: 'work', hasEvidence: true } as const;
    return this.event<SkillAddedV1>('skills-assessment', 'SkillAdded', recordedAt, { ...this.base, recordedBy, recordedAt, ...skill });
  }
  profileTextWritten(recordedAt: string, recordedBy: RecordedByV1) {
    return this.event<ProfileTextWrittenV1>('skills-assessment', 'ProfileTextWritten', recordedAt, { ...this.base, recordedBy, recordedAt });
  }
}
