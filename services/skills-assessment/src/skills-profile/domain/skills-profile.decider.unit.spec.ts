import { DomainError, fold } from '@career/event-sourcing';
import { RIASEC_ITEMS } from '../../interest-inventory/domain/riasec-items';
import { skillsProfile } from './skills-profile.aggregate';
import type { SkillsProfileCommand } from './skills-profile.commands';
import { skillsProfileDecider } from './skills-profile.decider';
import { PERSONAL_FIELDS, SKILLS_PROFILE_SCHEMA_VERSIONS, type SkillAdded, type SkillsProfileEvent } from './skills-profile.events';
import type { OpenSkillsProfile } from './skills-profile.state';

// ---- given / when / then ----------------------------------------------------------------
const NOW = new Date('2025-03-10T09:00:00.000Z');
const AT = NOW.toISOString();
const EARLIER = '2025-02-03T08:00:00.000Z';
const advisor = { now: NOW, recordedBy: 'advisor' as const };
const client = { now: NOW, recordedBy: 'client' as const };

function given(...events: SkillsProfileEvent[]) {
  const state = fold(skillsProfileDecider, events);
  return {
    state,
    when(command: SkillsProfileCommand) {
      const decide = () => skillsProfileDecider.decide(command, state);
      return {
        then: (expected: SkillsProfileEvent[]) => expect(decide()).toEqual(expected),
        thenNothing: () => expect(decide()).toEqual([]),
        thenState: (check: (after: OpenSkillsProfile) => void) => check(fold(skillsProfileDecider, [...events, ...decide()]) as OpenSkillsProfile),
        thenThrows(code: string, kind: DomainError['kind'], details?: Record<string, unknown>) {
          let thrown: unknown;
          try {
            decide();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(DomainError);
          expect(thrown).toMatchObject({ code, kind, ...(details && { details }) });
        },
      };
    },
  };
}

// ---- fixtures ---------------------------------------------------------------------------
const CLIENT_ID = '6f1c2b1e-5d3a-4c55-9a70-2f8f0e7d9b11';
const TEAMWORK_URI = 'http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0';
const FORKLIFT_OPERATOR_URI = 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755';

const opened: SkillsProfileEvent = {
  type: 'ProfileOpened',
  data: { clientId: CLIENT_ID, organisation: 'KEHA-UUSIMAA', language: 'fi', openedAt: EARLIER },
};
const teamworkAdded: SkillAdded = {
  type: 'SkillAdded',
  data: {
    skillId: 'skill-1',
    label: 'Tiimityö',
    escoUri: TEAMWORK_URI,
    kind: 'transversal',
    proficiency: 3,
    gainedIn: 'work',
    evidence: 'Vuoden varastotyö kolmen hengen tiimissä.',
    recordedBy: 'client',
    recordedAt: EARLIER,
  },
};
const swedishAdded: SkillAdded = {
  type: 'SkillAdded',
  data: { skillId: 'skill-2', label: 'Ruotsi', kind: 'language', cefrLevel: 'A2', proficiency: 2, gainedIn: 'studies', recordedBy: 'advisor', recordedAt: EARLIER },
};
const addSkill = (data: Partial<Extract<SkillsProfileCommand, { type: 'AddSkill' }>['data']> = {}): SkillsProfileCommand => ({
  type: 'AddSkill',
  data: { skillId: 'skill-9', label: 'Trukin ajo', kind: 'skill', proficiency: 2, gainedIn: 'work', ...data },
  metadata: advisor,
});
const completed: SkillsProfileEvent = { type: 'AssessmentCompleted', data: { recordedBy: 'advisor', recordedAt: EARLIER } };
const allAnswers = (value: number) => Object.fromEntries(RIASEC_ITEMS.map((item) => [item.id, value]));

// ---- rules ------------------------------------------------------------------------------
describe('skills profile: opening', () => {
  const open: SkillsProfileCommand = { type: 'OpenProfile', data: { clientId: CLIENT_ID, organisation: 'KEHA-UUSIMAA', language: 'fi' }, metadata: { now: NOW } };

  it('opens one profile per client process, in the stream named after the client', () => {
    given().when(open).then([{ type: 'ProfileOpened', data: { clientId: CLIENT_ID, organisation: 'KEHA-UUSIMAA', language: 'fi', openedAt: AT } }]);
    expect(skillsProfile.streamIdOf(CLIENT_ID)).toBe(`skillsProfile-${CLIENT_ID}`);
  });

  it('refuses to open a second time', () => {
    given(opened).when(open).thenThrows('PROFILE.ALREADY_OPEN', 'conflict');
  });

  it('refuses a language other than fi, sv, en', () => {
    given()
      .when({ ...open, data: { ...open.data, language: 'de' as 'fi' } })
      .thenThrows('PROFILE.INVALID_LANGUAGE', 'invalid', { field: 'language', allowed: ['fi', 'sv', 'en'] });
  });

  it('refuses every other command before the profile is opened', () => {
    given().when(addSkill()).thenThrows('PROFILE.NOT_FOUND', 'not-found');
    given().when({ type: 'CompleteAssessment', data: {}, metadata: advisor }).thenThrows('PROFILE.NOT_FOUND', 'not-found');
  });
});

describe('skills profile: adding skills', () => {
  it('records a skill with its ESCO concept, kind, proficiency, where it was gained, evidence and who recorded it', () => {
    given(opened)
      .when({
        type: 'AddSkill',
        data: { ...teamworkAdded.data, recordedBy: undefined, recordedAt: undefined } as unknown as SkillAdded['data'],
        metadata: client,
      })
      .then([{ type: 'SkillAdded', data: { ...teamworkAdded.data, recordedAt: AT } }]);
  });

  it('keeps optional fields absent rather than undefined (events are plain JSON)', () => {
    given(opened)
      .when(addSkill({ escoUri: undefined, evidence: undefined }))
      .then([{ type: 'SkillAdded', data: { skillId: 'skill-9', label: 'Trukin ajo', kind: 'skill', proficiency: 2, gainedIn: 'work', recordedBy: 'advisor', recordedAt: AT } }]);
  });

  it('requires a CEFR level for a language skill, and accepts A1..C2', () => {
    given(opened).when(addSkill({ label: 'Englanti', kind: 'language' })).thenThrows('PROFILE.CEFR_LEVEL_REQUIRED', 'invalid', { field: 'cefrLevel' });
    given(opened).when(addSkill({ label: 'Englanti', kind: 'language', cefrLevel: 'B3' as 'B2' })).thenThrows('PROFILE.INVALID_CEFR_LEVEL', 'invalid');
    given(opened)
      .when(addSkill({ label: 'Englanti', kind: 'language', cefrLevel: 'B2' }))
      .thenState((s) => expect(s.skills[0]).toMatchObject({ kind: 'language', cefrLevel: 'B2' }));
  });

  it('refuses a CEFR level on anything but a language skill', () => {
    given(opened).when(addSkill({ cefrLevel: 'B1' })).thenThrows('PROFILE.CEFR_LEVEL_NOT_ALLOWED', 'invalid', { field: 'cefrLevel', kind: 'skill' });
  });

  it.each([0, 5, 2.5])('refuses proficiency %p (1-4 only)', (proficiency) => {
    given(opened)
      .when(addSkill({ proficiency: proficiency as 1 }))
      .thenThrows('PROFILE.INVALID_PROFICIENCY', 'invalid', { field: 'proficiency', min: 1, max: 4 });
  });

  it('refuses a kind or an origin outside the lists', () => {
    given(opened).when(addSkill({ kind: 'talent' as 'skill' })).thenThrows('PROFILE.INVALID_SKILL_KIND', 'invalid');
    given(opened).when(addSkill({ gainedIn: 'army' as 'work' })).thenThrows('PROFILE.INVALID_GAINED_IN', 'invalid');
  });

  it('refuses an ESCO URI that is not a skill concept', () => {
    given(opened).when(addSkill({ escoUri: FORKLIFT_OPERATOR_URI })).thenThrows('PROFILE.INVALID_ESCO_SKILL_URI', 'invalid', { field: 'escoUri' });
  });

  it('refuses an empty label and over-long evidence, naming the field but not its content', () => {
    given(opened).when(addSkill({ label: '   ' })).thenThrows('PROFILE.INVALID_TEXT', 'invalid', { field: 'label', maxLength: 200 });
    given(opened).when(addSkill({ evidence: 'x'.repeat(4001) })).thenThrows('PROFILE.INVALID_TEXT', 'invalid', { field: 'evidence', maxLength: 4000 });
  });

  it('refuses a second skill with the same id', () => {
    given(opened, teamworkAdded).when(addSkill({ skillId: 'skill-1' })).thenThrows('PROFILE.SKILL_ALREADY_EXISTS', 'conflict', { skillId: 'skill-1' });
  });

  it('refuses the same ESCO concept, or the same label ignoring case and accents, twice', () => {
    given(opened, teamworkAdded).when(addSkill({ label: 'Yhteistyö', escoUri: TEAMWORK_URI })).thenThrows('PROFILE.SKILL_ALREADY_RECORDED', 'conflict', { skillId: 'skill-1' });
    given(opened, teamworkAdded).when(addSkill({ label: 'TIIMITYO' })).thenThrows('PROFILE.SKILL_ALREADY_RECORDED', 'conflict', { skillId: 'skill-1' });
  });
});

describe('skills profile: revising and removing skills', () => {
  it('records the whole revised skill and which fields changed', () => {
    given(opened, teamworkAdded)
      .when({ type: 'ReviseSkill', data: { skillId: 'skill-1', changes: { proficiency: 4 } }, metadata: advisor })
      .then([{ type: 'SkillRevised', data: { ...teamworkAdded.data, proficiency: 4, changedFields: ['proficiency'], recordedBy: 'advisor', recordedAt: AT } }]);
  });

  it('clears an optional field given as null', () => {
    given(opened, teamworkAdded)
      .when({ type: 'ReviseSkill', data: { skillId: 'skill-1', changes: { evidence: null, escoUri: null } }, metadata: client })
      .thenState((s) => {
        expect(s.skills[0]).not.toHaveProperty('evidence');
        expect(s.skills[0]).not.toHaveProperty('escoUri');
        expect(s.skills[0]).toMatchObject({ addedAt: EARLIER, revisedAt: AT, recordedBy: 'client' });
      });
  });

  it('checks the skill as it would be after the change (a language needs its CEFR level)', () => {
    given(opened, teamworkAdded)
      .when({ type: 'ReviseSkill', data: { skillId: 'skill-1', changes: { kind: 'language' } }, metadata: advisor })
      .thenThrows('PROFILE.CEFR_LEVEL_REQUIRED', 'invalid');
    given(opened, swedishAdded)
      .when({ type: 'ReviseSkill', data: { skillId: 'skill-2', changes: { kind: 'knowledge', cefrLevel: null } }, metadata: advisor })
      .thenState((s) => expect(s.skills[0]).toMatchObject({ kind: 'knowledge' }));
  });

  it('records nothing when the values do not change', () => {
    given(opened, teamworkAdded)
      .when({ type: 'ReviseSkill', data: { skillId: 'skill-1', changes: { proficiency: 3, label: 'Tiimityö' } }, metadata: advisor })
      .thenNothing();
  });

  it('refuses to give a skill the label of another skill', () => {
    given(opened, teamworkAdded, swedishAdded)
      .when({ type: 'ReviseSkill', data: { skillId: 'skill-2', changes: { label: 'tiimityö' } }, metadata: advisor })
      .thenThrows('PROFILE.SKILL_ALREADY_RECORDED', 'conflict', { skillId: 'skill-1' });
  });

  it('refuses to revise or remove an unknown skill', () => {
    given(opened).when({ type: 'ReviseSkill', data: { skillId: 'nope', changes: { proficiency: 1 } }, metadata: advisor }).thenThrows('PROFILE.SKILL_NOT_FOUND', 'not-found', { skillId: 'nope' });
    given(opened).when({ type: 'RemoveSkill', data: { skillId: 'nope' }, metadata: advisor }).thenThrows('PROFILE.SKILL_NOT_FOUND', 'not-found');
  });

  it('removes a skill, after which the same concept may be added again', () => {
    const removed: SkillsProfileEvent = { type: 'SkillRemoved', data: { skillId: 'skill-1', recordedBy: 'client', recordedAt: EARLIER } };
    given(opened, teamworkAdded).when({ type: 'RemoveSkill', data: { skillId: 'skill-1' }, metadata: client }).then([{ ...removed, data: { ...removed.data, recordedAt: AT } }]);
    given(opened, teamworkAdded, removed).when(addSkill({ label: 'Tiimityö', escoUri: TEAMWORK_URI })).thenState((s) => expect(s.skills.map((k) => k.skillId)).toEqual(['skill-9']));
  });
});

describe('skills profile: work experience and education', () => {
  const addWork = (data: Partial<Extract<SkillsProfileCommand, { type: 'AddWorkExperience' }>['data']> = {}): SkillsProfileCommand => ({
    type: 'AddWorkExperience',
    data: { entryId: 'work-1', title: 'Varastotyöntekijä', employer: 'Logistiikka Oy', startYear: 2019, endYear: 2023, description: 'Keräily ja trukkityöt.', ...data },
    metadata: client,
  });

  it('records a work experience entry', () => {
    given(opened)
      .when(addWork())
      .then([
        {
          type: 'WorkExperienceAdded',
          data: { entryId: 'work-1', title: 'Varastotyöntekijä', employer: 'Logistiikka Oy', startYear: 2019, endYear: 2023, description: 'Keräily ja trukkityöt.', recordedBy: 'client', recordedAt: AT },
        },
      ]);
  });

  it('accepts an entry still going on (no end year)', () => {
    given(opened).when(addWork({ endYear: undefined })).thenState((s) => expect(s.workExperience[0]).not.toHaveProperty('endYear'));
  });

  it('refuses a start year in the future or before 1900, and an end year before the start or past ten years ahead', () => {
    given(opened).when(addWork({ startYear: 2026, endYear: undefined })).thenThrows('PROFILE.INVALID_YEARS', 'invalid', { field: 'startYear', min: 1900, max: 2025 });
    given(opened).when(addWork({ startYear: 1899 })).thenThrows('PROFILE.INVALID_YEARS', 'invalid', { field: 'startYear' });
    given(opened).when(addWork({ startYear: 2020, endYear: 2019 })).thenThrows('PROFILE.INVALID_YEARS', 'invalid', { field: 'endYear', min: 2020, max: 2035 });
    given(opened).when(addWork({ endYear: 2036 })).thenThrows('PROFILE.INVALID_YEARS', 'invalid', { field: 'endYear' });
  });

  it('requires a title and an employer, and refuses a duplicate entry id', () => {
    given(opened).when(addWork({ employer: '' })).thenThrows('PROFILE.INVALID_TEXT', 'invalid', { field: 'employer' });
    const added = { type: 'WorkExperienceAdded', data: { entryId: 'work-1', title: 'Myyjä', employer: 'Kauppa Oy', startYear: 2015, recordedBy: 'client', recordedAt: EARLIER } } as const;
    given(opened, added).when(addWork()).thenThrows('PROFILE.ENTRY_ALREADY_EXISTS', 'conflict', { entryId: 'work-1' });
    given(opened, added).when({ type: 'RemoveWorkExperience', data: { entryId: 'work-1' }, metadata: advisor }).then([
      { type: 'WorkExperienceRemoved', data: { entryId: 'work-1', recordedBy: 'advisor', recordedAt: AT } },
    ]);
    given(opened).when({ type: 'RemoveWorkExperience', data: { entryId: 'work-1' }, metadata: advisor }).thenThrows('PROFILE.EXPERIENCE_NOT_FOUND', 'not-found');
  });

  it('records and removes education entries the same way, with an institution', () => {
    const addEducation: SkillsProfileCommand = {
      type: 'AddEducation',
      data: { entryId: 'edu-1', title: 'Logistiikan perustutkinto', institution: 'Stadin ammattiopisto', startYear: 2016, endYear: 2018 },
      metadata: advisor,
    };
    given(opened).when(addEducation).then([{ type: 'EducationAdded', data: { ...addEducation.data, recordedBy: 'advisor', recordedAt: AT } as never }]);
    given(opened).when({ ...addEducation, data: { ...addEducation.data, institution: ' ' } } as SkillsProfileCommand).thenThrows('PROFILE.INVALID_TEXT', 'invalid', { field: 'institution' });
    given(opened).when({ type: 'RemoveEducation', data: { entryId: 'edu-1' }, metadata: advisor }).thenThrows('PROFILE.EDUCATION_NOT_FOUND', 'not-found');
    const state = given(opened, { type: 'EducationAdded', data: { ...addEducation.data, recordedBy: 'advisor', recordedAt: EARLIER } as never });
    state.when({ type: 'RemoveEducation', data: { entryId: 'edu-1' }, metadata: advisor }).thenState((s) => expect(s.education).toEqual([]));
  });
});

describe('skills profile: licences', () => {
  const fromTraining: SkillsProfileCommand = {
    type: 'RecordTrainingLicence',
    data: { licenceId: 'lic-1', referralId: 'referral-7', code: 'forklift-licence' },
    metadata: { now: NOW },
  };
  const trainingLicenceAdded: SkillsProfileEvent = {
    type: 'LicenceAdded',
    data: { licenceId: 'lic-1', code: 'forklift-licence', name: 'Trukkikortti', source: 'scheduling', referralId: 'referral-7', recordedAt: EARLIER },
  };

  it('records a licence entered in the service, with its expiry date', () => {
    given(opened)
      .when({ type: 'AddLicence', data: { licenceId: 'lic-2', code: 'hygiene-passport', name: 'Hygieniapassi', validUntil: '2030-05-31' }, metadata: advisor })
      .then([
        { type: 'LicenceAdded', data: { licenceId: 'lic-2', code: 'hygiene-passport', name: 'Hygieniapassi', validUntil: '2030-05-31', source: 'advisor', recordedBy: 'advisor', recordedAt: AT } },
      ]);
  });

  it('refuses an impossible expiry date and a duplicate licence id', () => {
    given(opened)
      .when({ type: 'AddLicence', data: { licenceId: 'lic-2', code: 'first-aid', name: 'EA1', validUntil: '2027-02-30' }, metadata: advisor })
      .thenThrows('PROFILE.INVALID_DATE', 'invalid', { field: 'validUntil' });
    given(opened, trainingLicenceAdded)
      .when({ type: 'AddLicence', data: { licenceId: 'lic-1', code: 'first-aid', name: 'EA1' }, metadata: advisor })
      .thenThrows('PROFILE.LICENCE_ALREADY_EXISTS', 'conflict', { licenceId: 'lic-1' });
  });

  it('takes a licence from a training completion, marked as coming from scheduling', () => {
    given(opened).when(fromTraining).then([{ ...trainingLicenceAdded, data: { ...trainingLicenceAdded.data, recordedAt: AT } } as SkillsProfileEvent]);
  });

  it('takes each referral once: a redelivered completion records nothing, even after the licence was removed', () => {
    given(opened, trainingLicenceAdded).when({ ...fromTraining, data: { ...fromTraining.data, licenceId: 'lic-other' } } as SkillsProfileCommand).thenNothing();
    const removed: SkillsProfileEvent = { type: 'LicenceRemoved', data: { licenceId: 'lic-1', recordedBy: 'advisor', recordedAt: EARLIER } };
    given(opened, trainingLicenceAdded, removed).when(fromTraining).thenNothing();
  });

  it('removes a licence; an unknown one is not found', () => {
    given(opened, trainingLicenceAdded)
      .when({ type: 'RemoveLicence', data: { licenceId: 'lic-1' }, metadata: advisor })
      .thenState((s) => {
        expect(s.licences).toEqual([]);
        expect(s.trainingReferralIds).toEqual(['referral-7']);
      });
    given(opened).when({ type: 'RemoveLicence', data: { licenceId: 'lic-1' }, metadata: advisor }).thenThrows('PROFILE.LICENCE_NOT_FOUND', 'not-found');
  });
});

describe('skills profile: interest inventory', () => {
  it('stores the answers with the computed scores, three-letter code and inventory version', () => {
    const answers = { ...allAnswers(1), S1: 4, S2: 4, E1: 3 }; // S 6+6=12, E 6+2=8, others 6
    given(opened)
      .when({ type: 'RecordInterestInventory', data: { answers }, metadata: client })
      .then([
        {
          type: 'InterestInventoryRecorded',
          data: { inventoryVersion: 'riasec-v1', answers, scores: { R: 6, I: 6, A: 6, S: 12, E: 8, C: 6 }, code: 'SER', recordedBy: 'client', recordedAt: AT },
        },
      ]);
  });

  it('refuses an incomplete answer set', () => {
    const { C6: _left, ...answers } = allAnswers(2);
    given(opened).when({ type: 'RecordInterestInventory', data: { answers }, metadata: client }).thenThrows('INVENTORY.INCOMPLETE', 'invalid', { missingItemIds: ['C6'] });
  });

  it('keeps the latest answers when the inventory is taken again', () => {
    const first: SkillsProfileEvent = {
      type: 'InterestInventoryRecorded',
      data: { inventoryVersion: 'riasec-v1', answers: allAnswers(0), scores: { R: 0, I: 0, A: 0, S: 0, E: 0, C: 0 }, code: 'RIA', recordedBy: 'client', recordedAt: EARLIER },
    };
    given(opened, first)
      .when({ type: 'RecordInterestInventory', data: { answers: { ...allAnswers(0), C1: 1 } }, metadata: client })
      .thenState((s) => expect(s.interestInventory).toMatchObject({ code: 'CRI', recordedAt: AT }));
  });
});

describe('skills profile: targets and their requirements', () => {
  const forkliftTarget: SkillsProfileCommand = {
    type: 'SetTarget',
    data: { targetId: 'target-1', target: { kind: 'occupation', label: 'Trukinkuljettaja', escoUri: FORKLIFT_OPERATOR_URI } },
    metadata: advisor,
  };
  const targetSet: SkillsProfileEvent = {
    type: 'TargetSet',
    data: {
      targetId: 'target-1',
      target: { kind: 'studies', field: 'Logistiikka', level: 3 },
      requirements: [{ requirementId: 'req-1', label: 'Trukin ajo', requiredProficiency: 2 }],
      requirementsSource: 'given',
      recordedBy: 'advisor',
      recordedAt: EARLIER,
    },
  };

  it("fills an occupation's curated requirements, labelled in the client's language, when none are given", () => {
    given(opened).when(forkliftTarget).thenState((s) => {
      const [target] = s.targets;
      expect(target.requirements[0]).toEqual({ requirementId: 'drive-a-forklift', label: 'trukin kuljettaminen', requiredProficiency: 3 });
      expect(target.requirements).toContainEqual({
        requirementId: 'follow-safety-precautions',
        label: 'työturvallisuusohjeiden noudattaminen',
        escoUri: 'http://data.europa.eu/esco/skill/d2d9051a-10e1-41c5-9cfb-bbdc58016176',
        requiredProficiency: 3,
      });
    });
    const [event] = skillsProfileDecider.decide(forkliftTarget, given(opened).state);
    expect(event).toMatchObject({ type: 'TargetSet', data: { requirementsSource: 'curated' } });
  });

  it('keeps the given requirements (even none) instead of the curated list', () => {
    given(opened)
      .when({ ...forkliftTarget, data: { ...forkliftTarget.data, requirements: [] } } as SkillsProfileCommand)
      .then([{ type: 'TargetSet', data: { ...(forkliftTarget.data as object), requirements: [], requirementsSource: 'given', recordedBy: 'advisor', recordedAt: AT } as never }]);
  });

  it('accepts a free-text occupation, studies with field and ISCED level, and entrepreneurship', () => {
    const set = (targetId: string, target: object) => ({ type: 'SetTarget', data: { targetId, target }, metadata: client }) as SkillsProfileCommand;
    given(opened).when(set('t1', { kind: 'occupation', label: 'Kuljetusalan työ' })).thenState((s) => expect(s.targets[0].requirements).toEqual([]));
    given(opened).when(set('t2', { kind: 'studies', field: 'Sosiaali- ja terveysala', level: 3 })).thenState((s) => expect(s.targets[0].target).toEqual({ kind: 'studies', field: 'Sosiaali- ja terveysala', level: 3 }));
    given(opened).when(set('t3', { kind: 'entrepreneurship', businessArea: 'Siivouspalvelut' })).thenState((s) => expect(s.targets).toHaveLength(1));
    given(opened).when(set('t4', { kind: 'studies', field: 'Tekniikka', level: 9 })).thenThrows('PROFILE.INVALID_STUDY_LEVEL', 'invalid');
    given(opened).when(set('t5', { kind: 'hobby' })).thenThrows('PROFILE.INVALID_TARGET_KIND', 'invalid');
    given(opened)
      .when(set('t6', { kind: 'occupation', label: 'Hitsaaja', escoUri: TEAMWORK_URI }))
      .thenThrows('PROFILE.INVALID_ESCO_OCCUPATION_URI', 'invalid', { field: 'target.escoUri' });
  });

  it('refuses a duplicate target id and two requirements with one id', () => {
    given(opened, targetSet).when({ ...forkliftTarget }).thenThrows('PROFILE.TARGET_ALREADY_EXISTS', 'conflict', { targetId: 'target-1' });
    const requirement = { requirementId: 'r', label: 'A', requiredProficiency: 2 as const };
    given(opened)
      .when({ ...forkliftTarget, data: { ...forkliftTarget.data, requirements: [requirement, { ...requirement, label: 'B' }] } } as SkillsProfileCommand)
      .thenThrows('PROFILE.REQUIREMENT_ALREADY_EXISTS', 'conflict', { requirementId: 'r' });
    given(opened)
      .when({ ...forkliftTarget, data: { ...forkliftTarget.data, requirements: [{ ...requirement, requiredProficiency: 5 as 4 }] } } as SkillsProfileCommand)
      .thenThrows('PROFILE.INVALID_PROFICIENCY', 'invalid', { field: 'requiredProficiency' });
  });

  it("lets the advisor add, revise and remove a target's requirements for this client", () => {
    given(opened, targetSet)
      .when({ type: 'AddRequirement', data: { targetId: 'target-1', requirementId: 'req-2', label: 'Tiimityö', escoUri: TEAMWORK_URI, requiredProficiency: 2 }, metadata: advisor })
      .then([{ type: 'RequirementAdded', data: { targetId: 'target-1', requirementId: 'req-2', label: 'Tiimityö', escoUri: TEAMWORK_URI, requiredProficiency: 2, recordedBy: 'advisor', recordedAt: AT } }]);
    given(opened, targetSet)
      .when({ type: 'ReviseRequirement', data: { targetId: 'target-1', requirementId: 'req-1', changes: { requiredProficiency: 3 } }, metadata: advisor })
      .then([
        {
          type: 'RequirementRevised',
          data: { targetId: 'target-1', requirementId: 'req-1', label: 'Trukin ajo', requiredProficiency: 3, changedFields: ['requiredProficiency'], recordedBy: 'advisor', recordedAt: AT },
        },
      ]);
    given(opened, targetSet)
      .when({ type: 'ReviseRequirement', data: { targetId: 'target-1', requirementId: 'req-1', changes: { requiredProficiency: 2 } }, metadata: advisor })
      .thenNothing();
    given(opened, targetSet)
      .when({ type: 'RemoveRequirement', data: { targetId: 'target-1', requirementId: 'req-1' }, metadata: advisor })
      .thenState((s) => expect(s.targets[0].requirements).toEqual([]));
  });

  it('refuses requirement changes on unknown targets or requirements, and duplicate requirement ids', () => {
    given(opened)
      .when({ type: 'AddRequirement', data: { targetId: 'x', requirementId: 'r', label: 'A', requiredProficiency: 1 }, metadata: advisor })
      .thenThrows('PROFILE.TARGET_NOT_FOUND', 'not-found', { targetId: 'x' });
    given(opened, targetSet)
      .when({ type: 'AddRequirement', data: { targetId: 'target-1', requirementId: 'req-1', label: 'A', requiredProficiency: 1 }, metadata: advisor })
      .thenThrows('PROFILE.REQUIREMENT_ALREADY_EXISTS', 'conflict');
    given(opened, targetSet)
      .when({ type: 'RemoveRequirement', data: { targetId: 'target-1', requirementId: 'nope' }, metadata: advisor })
      .thenThrows('PROFILE.REQUIREMENT_NOT_FOUND', 'not-found', { targetId: 'target-1', requirementId: 'nope' });
  });

  it('removes a target', () => {
    given(opened, targetSet).when({ type: 'RemoveTarget', data: { targetId: 'target-1' }, metadata: advisor }).thenState((s) => expect(s.targets).toEqual([]));
    given(opened).when({ type: 'RemoveTarget', data: { targetId: 'target-1' }, metadata: advisor }).thenThrows('PROFILE.TARGET_NOT_FOUND', 'not-found');
  });
});

describe('skills profile: self-assessment', () => {
  const rate = (phase: 'start' | 'during' | 'end', values: [number, number, number] = [2, 3, 2]): SkillsProfileCommand => ({
    type: 'RecordSelfAssessment',
    data: { phase, selfKnowledge: values[0], identifyOwnSkills: values[1], careerPlanningConfidence: values[2] },
    metadata: client,
  });
  const rated = (phase: 'start' | 'during' | 'end'): SkillsProfileEvent => ({
    type: 'SelfAssessmentRecorded',
    data: { phase, selfKnowledge: 2, identifyOwnSkills: 3, careerPlanningConfidence: 2, recordedBy: 'client', recordedAt: EARLIER },
  });

  it('records the three ratings of a phase', () => {
    given(opened).when(rate('start')).then([{ ...rated('start'), data: { ...rated('start').data, recordedAt: AT } } as SkillsProfileEvent]);
  });

  it('refuses ratings outside 1-5 and unknown phases', () => {
    given(opened).when(rate('start', [0, 3, 3])).thenThrows('PROFILE.INVALID_RATING', 'invalid', { field: 'selfKnowledge', min: 1, max: 5 });
    given(opened).when(rate('start', [3, 3, 6])).thenThrows('PROFILE.INVALID_RATING', 'invalid', { field: 'careerPlanningConfidence' });
    given(opened).when(rate('middle' as 'during')).thenThrows('PROFILE.INVALID_PHASE', 'invalid');
  });

  it('takes one start and one end rating, and any number during', () => {
    given(opened, rated('start')).when(rate('start')).thenThrows('PROFILE.SELF_ASSESSMENT_PHASE_ALREADY_RECORDED', 'conflict', { phase: 'start' });
    given(opened, rated('start'), rated('end')).when(rate('end')).thenThrows('PROFILE.SELF_ASSESSMENT_PHASE_ALREADY_RECORDED', 'conflict', { phase: 'end' });
    given(opened, rated('start'), rated('during')).when(rate('during')).thenState((s) => expect(s.selfAssessments.map((a) => a.phase)).toEqual(['start', 'during', 'during']));
  });
});

describe('skills profile: completing the assessment', () => {
  const complete: SkillsProfileCommand = { type: 'CompleteAssessment', data: {}, metadata: advisor };

  it('completes the assessment', () => {
    given(opened, teamworkAdded).when(complete).then([{ type: 'AssessmentCompleted', data: { recordedBy: 'advisor', recordedAt: AT } }]);
  });

  it('stays editable afterwards: changes are recorded and the profile shows it changed since completion', () => {
    given(opened, completed).when(addSkill()).thenState((s) => {
      expect(s.skills).toHaveLength(1);
      expect(s.completion).toEqual({ completedAt: EARLIER, changedSinceCompletion: true });
    });
  });

  it('refuses to complete again when nothing changed, and completes again after a change', () => {
    given(opened, completed).when(complete).thenThrows('PROFILE.ALREADY_COMPLETED', 'conflict', { completedAt: EARLIER });
    given(opened, completed, teamworkAdded)
      .when(complete)
      .thenState((s) => expect(s.completion).toEqual({ completedAt: AT, changedSinceCompletion: false }));
  });
});

describe('skills profile: the profile text in the client’s own words', () => {
  const TEXT = 'Olen tarkka ja oppivainen varastotyöntekijä, joka viihtyy tiimissä.';
  const write = (text: string, metadata: typeof client | typeof advisor = client): SkillsProfileCommand => ({ type: 'WriteProfileText', data: { text }, metadata });
  const written = (text = TEXT): SkillsProfileEvent => ({ type: 'ProfileTextWritten', data: { text, recordedBy: 'client', recordedAt: EARLIER } });
  const remove: SkillsProfileCommand = { type: 'RemoveProfileText', data: {}, metadata: client };

  it('records the text as the client wrote it, trimmed at the ends, with who wrote it', () => {
    given(opened).when(write(`  ${TEXT}\n`)).then([{ type: 'ProfileTextWritten', data: { text: TEXT, recordedBy: 'client', recordedAt: AT } }]);
    given(opened).when(write(TEXT)).thenState((s) => expect(s.profileText).toEqual({ text: TEXT, recordedBy: 'client', writtenAt: AT }));
  });

  it('rewrites it, keeps only the latest, and records nothing for the same text again', () => {
    given(opened, written('Ensimmäinen versio.')).when(write(TEXT)).thenState((s) => expect(s.profileText?.text).toBe(TEXT));
    given(opened, written()).when(write(` ${TEXT} `)).thenNothing();
  });

  it('refuses an empty text and one longer than a CV’s profile paragraph (700 characters), naming the field only', () => {
    given(opened).when(write('   ')).thenThrows('PROFILE.INVALID_TEXT', 'invalid', { field: 'text', maxLength: 700 });
    given(opened).when(write('x'.repeat(701))).thenThrows('PROFILE.INVALID_TEXT', 'invalid', { field: 'text', maxLength: 700 });
    given(opened).when(write('x'.repeat(700))).thenState((s) => expect(s.profileText?.text).toHaveLength(700));
  });

  it('removes it, and removing none records nothing', () => {
    given(opened, written()).when(remove).then([{ type: 'ProfileTextRemoved', data: { recordedBy: 'client', recordedAt: AT } }]);
    given(opened, written()).when(remove).thenState((s) => expect(s).not.toHaveProperty('profileText'));
    given(opened).when(remove).thenNothing();
  });

  it('needs an open profile, and counts as a change since completion', () => {
    given().when(write(TEXT)).thenThrows('PROFILE.NOT_FOUND', 'not-found');
    given(opened, completed).when(write(TEXT)).thenState((s) => expect(s.completion?.changedSinceCompletion).toBe(true));
  });
});

describe('skills profile events', () => {
  it('mark free-text evidence, descriptions and the profile text as personal data, nothing else', () => {
    const personal = Object.entries(PERSONAL_FIELDS).filter(([, fields]) => fields.length > 0);
    expect(Object.fromEntries(personal)).toEqual({
      SkillAdded: ['evidence'],
      SkillRevised: ['evidence'],
      WorkExperienceAdded: ['description'],
      EducationAdded: ['description'],
      ProfileTextWritten: ['text'],
    });
  });

  it('give every event type a schema version', () => {
    expect(Object.keys(SKILLS_PROFILE_SCHEMA_VERSIONS).sort()).toEqual(Object.keys(PERSONAL_FIELDS).sort());
  });
});
