import { analyseGaps, analyseProfileGaps, type GapSkill } from './gap-analysis';
import type { Requirement } from './skills-profile.events';

const ESCO = 'http://data.europa.eu/esco/skill/';
const TEAMWORK = `${ESCO}60c78287-22eb-4103-9c8c-28deaa460da0`;
const SAFETY = `${ESCO}d2d9051a-10e1-41c5-9cfb-bbdc58016176`;
const DETAIL = `${ESCO}83e6510b-ffeb-4aec-959c-4265fd0ff7b7`;
const INTERACT = `${ESCO}09e28145-e205-4b7a-8b3b-5c4876396069`;
const SWEDISH = `${ESCO}7ee51257-8947-4b69-9bdf-322baf0a6398`;

/*
 * Worked example: a client aiming at forklift work.
 *
 * skill                          ESCO       prof | requirement                              ESCO      need | result
 * s1 Trukin ajo                  -          2    | r1 TRUKIN AJO                            -         3    | partly met by label, short 1
 * s2 Tiimityö                    TEAMWORK   3    | r2 työskentely tiimissä                  TEAMWORK  2    | met by URI (labels differ)
 * s3 Työturvallisuus             SAFETY     1    | r3 työturvallisuusohjeiden noudattaminen SAFETY    3    | partly met by URI, short 2
 * s4 Käsipäätteen käyttö         -          4    | r4 Kasipaatteen kaytto                   -         2    | met by label (accents ignored)
 * s5 Tarkkuus                    INTERACT   3    | r5 tarkkuus                              DETAIL    2    | missing: same words, different concepts
 * -                                              | r6 Kuorman sidonta                       -         3    | missing
 * s6 ruotsi                      -          2    | r7 Ruotsi                                SWEDISH   2    | met by label (no skill has the URI)
 */
const s1: GapSkill = { skillId: 's1', label: 'Trukin ajo', proficiency: 2 };
const s2: GapSkill = { skillId: 's2', label: 'Tiimityö', escoUri: TEAMWORK, proficiency: 3 };
const s3: GapSkill = { skillId: 's3', label: 'Työturvallisuus', escoUri: SAFETY, proficiency: 1 };
const s4: GapSkill = { skillId: 's4', label: 'Käsipäätteen käyttö', proficiency: 4 };
const s5: GapSkill = { skillId: 's5', label: 'Tarkkuus', escoUri: INTERACT, proficiency: 3 };
const s6: GapSkill = { skillId: 's6', label: 'ruotsi', proficiency: 2 };

const r1: Requirement = { requirementId: 'r1', label: 'TRUKIN AJO', requiredProficiency: 3 };
const r2: Requirement = { requirementId: 'r2', label: 'työskentely tiimissä', escoUri: TEAMWORK, requiredProficiency: 2 };
const r3: Requirement = { requirementId: 'r3', label: 'työturvallisuusohjeiden noudattaminen', escoUri: SAFETY, requiredProficiency: 3 };
const r4: Requirement = { requirementId: 'r4', label: 'Kasipaatteen kaytto', requiredProficiency: 2 };
const r5: Requirement = { requirementId: 'r5', label: 'tarkkuus', escoUri: DETAIL, requiredProficiency: 2 };
const r6: Requirement = { requirementId: 'r6', label: 'Kuorman sidonta', requiredProficiency: 3 };
const r7: Requirement = { requirementId: 'r7', label: 'Ruotsi', escoUri: SWEDISH, requiredProficiency: 2 };

describe('analyseGaps', () => {
  it('sorts the worked example into met, partly met and missing', () => {
    expect(analyseGaps([s1, s2, s3, s4, s5, s6], [r1, r2, r3, r4, r5, r6, r7])).toEqual({
      met: [
        { requirement: r2, skill: s2, matchedBy: 'escoUri', shortfall: 0 },
        { requirement: r4, skill: s4, matchedBy: 'label', shortfall: 0 },
        { requirement: r7, skill: s6, matchedBy: 'label', shortfall: 0 },
      ],
      partlyMet: [
        { requirement: r1, skill: s1, matchedBy: 'label', shortfall: 1 },
        { requirement: r3, skill: s3, matchedBy: 'escoUri', shortfall: 2 },
      ],
      missing: [r5, r6],
    });
  });

  it('prefers a match by ESCO URI over one by label', () => {
    const byLabel: GapSkill = { skillId: 'a', label: 'työskentely tiimissä', proficiency: 4 };
    const byUri: GapSkill = { skillId: 'b', label: 'Ryhmätyö', escoUri: TEAMWORK, proficiency: 1 };
    expect(analyseGaps([byLabel, byUri], [r2]).partlyMet).toEqual([{ requirement: r2, skill: byUri, matchedBy: 'escoUri', shortfall: 1 }]);
  });

  it('counts the most proficient of several matching skills', () => {
    const low: GapSkill = { skillId: 'low', label: 'Kuorman sidonta', proficiency: 1 };
    const high: GapSkill = { skillId: 'high', label: 'kuorman  sidonta!', proficiency: 3 };
    expect(analyseGaps([low, high], [r6]).met).toEqual([{ requirement: r6, skill: high, matchedBy: 'label', shortfall: 0 }]);
  });

  it('gives all-missing for a client with no skills and nothing for a target with no requirements', () => {
    expect(analyseGaps([], [r1, r2])).toEqual({ met: [], partlyMet: [], missing: [r1, r2] });
    expect(analyseGaps([s1], [])).toEqual({ met: [], partlyMet: [], missing: [] });
  });

  it('analyses every target of a profile', () => {
    const targets = [
      { targetId: 't1', target: { kind: 'entrepreneurship' as const }, requirements: [r6], setAt: '2025-01-01T00:00:00.000Z' },
      { targetId: 't2', target: { kind: 'occupation' as const, label: 'Trukinkuljettaja' }, requirements: [r1], setAt: '2025-01-01T00:00:00.000Z' },
    ];
    const skills = [{ ...s1, kind: 'skill' as const, gainedIn: 'work' as const, recordedBy: 'client' as const, addedAt: '2025-01-01T00:00:00.000Z' }];
    expect(analyseProfileGaps({ skills, targets })).toEqual([
      { targetId: 't1', gaps: { met: [], partlyMet: [], missing: [r6] } },
      { targetId: 't2', gaps: { met: [], partlyMet: [{ requirement: r1, skill: skills[0], matchedBy: 'label', shortfall: 1 }], missing: [] } },
    ]);
  });
});
