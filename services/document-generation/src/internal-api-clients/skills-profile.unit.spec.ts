import { parseSkillsProfile } from './skills-profile';
import { AnswerShapeError } from '@career/platform';

// The answer as skills-assessment's internal API gives it (toSkillsProfileView).
const answer = {
  clientId: '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11',
  organisation: 'ORG-1',
  language: 'fi',
  openedAt: '2026-01-01T00:00:00.000Z',
  revision: 7,
  skills: [
    { skillId: 's1', label: 'trukin kuljettaminen', kind: 'skill', proficiency: 4, gainedIn: 'work', evidence: 'Ajoin trukkia viisi vuotta.', recordedBy: 'advisor', addedAt: 'x' },
    { skillId: 's2', label: 'englanti', kind: 'language', proficiency: 2, cefrLevel: 'B1', gainedIn: 'studies', recordedBy: 'client', addedAt: 'x' },
    { skillId: 's3', label: 'asiakaspalvelu', escoUri: 'http://data.europa.eu/esco/skill/abc', kind: 'transversal', proficiency: 3, gainedIn: 'work', evidenceErased: true },
  ],
  workExperience: [{ entryId: 'w1', title: 'Varastotyöntekijä', employer: 'Logistiikka Oy', startYear: 2019, endYear: 2025, description: 'Keräily.' }],
  education: [{ entryId: 'e1', title: 'Logistiikan perustutkinto', institution: 'Varia', startYear: 2014, endYear: 2017, descriptionErased: true }],
  licences: [{ licenceId: 'l1', code: 'forklift', name: 'Trukkikortti', source: 'advisor', addedAt: 'x' }, { licenceId: 'l2', code: 'hygiene', name: 'Hygieniapassi', validUntil: '2029-05-31', source: 'advisor', addedAt: 'x' }],
  interestInventory: { inventoryVersion: 'v1', answers: {}, scores: {}, code: 'RCS', recordedAt: 'x', codeTypes: [] },
  targets: [{ targetId: 't1', target: { kind: 'occupation', label: 'x' }, requirements: [], gaps: {} }],
  selfAssessments: [],
  completion: null,
  profileText: { text: 'Olen tarkka ja oppivainen.', recordedBy: 'client', writtenAt: 'x' },
};

describe('parseSkillsProfile', () => {
  it('maps the profile to the document builders input, taking only what documents print', () => {
    expect(parseSkillsProfile(answer)).toEqual({
      organisation: 'ORG-1',
      revision: 7,
      profile: {
        summary: 'Olen tarkka ja oppivainen.',
        skills: [
          { label: 'trukin kuljettaminen', kind: 'skill', proficiency: 4, gainedIn: 'work', evidence: 'Ajoin trukkia viisi vuotta.' },
          { label: 'englanti', kind: 'language', proficiency: 2, cefrLevel: 'B1', gainedIn: 'studies' },
          { label: 'asiakaspalvelu', escoUri: 'http://data.europa.eu/esco/skill/abc', kind: 'transversal', proficiency: 3, gainedIn: 'work' },
        ],
        experience: [{ title: 'Varastotyöntekijä', employer: 'Logistiikka Oy', startYear: 2019, endYear: 2025, description: 'Keräily.' }],
        education: [{ title: 'Logistiikan perustutkinto', institution: 'Varia', startYear: 2014, endYear: 2017 }],
        licences: [{ name: 'Trukkikortti' }, { name: 'Hygieniapassi', validUntil: '2029-05-31' }],
        interestCode: 'RCS',
      },
    });
  });

  it('takes no profile text when there is none, or when it was erased with the client’s key', () => {
    expect(parseSkillsProfile({ ...answer, profileText: null }).profile).not.toHaveProperty('summary');
    expect(parseSkillsProfile({ ...answer, profileText: { textErased: true, recordedBy: 'client', writtenAt: 'x' } }).profile).not.toHaveProperty('summary');
  });

  it('accepts an empty profile and a profile wrapped as { profile, revision }', () => {
    expect(parseSkillsProfile({ revision: 0, skills: [], interestInventory: null })).toEqual({
      revision: 0,
      profile: { skills: [], experience: [], education: [], licences: [] },
    });
    expect(parseSkillsProfile({ revision: 3, profile: { organisation: 'ORG-2', skills: [answer.skills[1]] } }).profile.skills).toHaveLength(1);
  });

  it('names the field that does not fit, never its value', () => {
    const wrong = (patch: Record<string, unknown>) => () => parseSkillsProfile({ ...answer, ...patch });
    expect(wrong({ revision: -2 })).toThrow(new AnswerShapeError('revision'));
    expect(wrong({ skills: [{ ...answer.skills[0], proficiency: 5 }] })).toThrow(new AnswerShapeError('skills[0].proficiency'));
    expect(wrong({ skills: [{ ...answer.skills[0], kind: 'secret' }] })).toThrow(new AnswerShapeError('skills[0].kind'));
    expect(wrong({ workExperience: [{ title: 'x', employer: 'y', startYear: 'long ago' }] })).toThrow(new AnswerShapeError('workExperience[0].startYear'));
    expect(wrong({ licences: 'Trukkikortti' })).toThrow(new AnswerShapeError('licences'));
    expect(() => parseSkillsProfile('nope')).toThrow(new AnswerShapeError('body'));
  });
});
