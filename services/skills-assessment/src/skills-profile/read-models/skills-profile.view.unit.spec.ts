import { ERASED } from '@career/privacy';
import type { OpenSkillsProfile } from '../domain/skills-profile.state';
import { toSkillsProfileView } from './skills-profile.view';

const AT = '2026-03-10T09:00:00.000Z';
const TEAMWORK = 'http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0';

const profile = (evidence: unknown): OpenSkillsProfile => ({
  status: 'Open',
  clientId: 'c1',
  organisation: 'KEHA-UUSIMAA',
  language: 'sv',
  openedAt: AT,
  skills: [
    { skillId: 's1', label: 'Lagarbete', escoUri: TEAMWORK, kind: 'transversal', proficiency: 2, gainedIn: 'work', evidence: evidence as string, recordedBy: 'client', addedAt: AT },
  ],
  workExperience: [{ entryId: 'w1', title: 'Lagerarbetare', employer: 'Lager Ab', startYear: 2020, description: evidence as string }],
  education: [],
  licences: [],
  trainingReferralIds: [],
  interestInventory: { inventoryVersion: 'riasec-v1', answers: {}, scores: { R: 1, I: 0, A: 0, S: 3, E: 2, C: 0 }, code: 'SER', recordedAt: AT },
  targets: [
    {
      targetId: 't1',
      target: { kind: 'occupation', label: 'Lagerarbetare' },
      requirements: [
        { requirementId: 'work-in-teams', label: 'arbeta i team', escoUri: TEAMWORK, requiredProficiency: 3 },
        { requirementId: 'pick-orders', label: 'plocka order korrekt', requiredProficiency: 2 },
      ],
      setAt: AT,
    },
  ],
  selfAssessments: [],
});

describe('the profile view', () => {
  it('shows evidence and descriptions while they can be read', () => {
    const view = toSkillsProfileView(profile('Tre år på lagret.'), 4);
    expect(view.revision).toBe(4);
    expect(view.skills[0]).toMatchObject({ evidence: 'Tre år på lagret.' });
    expect(view.workExperience[0]).toMatchObject({ description: 'Tre år på lagret.', employer: 'Lager Ab' });
  });

  it('shows the profile text with who wrote it, and none as null', () => {
    const written = { ...profile(undefined), profileText: { text: 'Jag är noggrann.', recordedBy: 'client' as const, writtenAt: AT } };
    expect(toSkillsProfileView(written, 5).profileText).toEqual({ text: 'Jag är noggrann.', recordedBy: 'client', writtenAt: AT });
    expect(toSkillsProfileView(profile(undefined), 5).profileText).toBeNull();
    const erased = { ...written, profileText: { ...written.profileText, text: { ...ERASED } as unknown as string } };
    expect(toSkillsProfileView(erased, 5).profileText).toEqual({ textErased: true, recordedBy: 'client', writtenAt: AT });
  });

  it('marks erased text instead of showing the marker object', () => {
    const view = toSkillsProfileView(profile({ ...ERASED }), 4);
    expect(view.skills[0]).not.toHaveProperty('evidence');
    expect(view.skills[0]).toMatchObject({ evidenceErased: true });
    expect(view.workExperience[0]).toMatchObject({ descriptionErased: true });
  });

  it('computes the gaps per target, naming the matching skill without its evidence', () => {
    const [target] = toSkillsProfileView(profile('Tre år på lagret.'), 4).targets;
    expect(target.gaps.met).toEqual([]);
    expect(target.gaps.partlyMet).toEqual([
      {
        requirement: expect.objectContaining({ requirementId: 'work-in-teams' }),
        skill: { skillId: 's1', label: 'Lagarbete', escoUri: TEAMWORK, proficiency: 2 },
        matchedBy: 'escoUri',
        shortfall: 1,
      },
    ]);
    expect(target.gaps.missing.map((r) => r.requirementId)).toEqual(['pick-orders']);
  });

  it('names the Holland code types in the profile language; no inventory and no completion are null', () => {
    const view = toSkillsProfileView(profile(undefined), 0);
    expect(view.interestInventory?.codeTypes).toEqual([
      { type: 'S', name: 'Social' },
      { type: 'E', name: 'Företagsam' },
      { type: 'R', name: 'Praktisk' },
    ]);
    expect(view.completion).toBeNull();
    expect(toSkillsProfileView({ ...profile(undefined), interestInventory: undefined }, 0).interestInventory).toBeNull();
    expect(view.skills[0]).not.toHaveProperty('evidenceErased');
  });
});
