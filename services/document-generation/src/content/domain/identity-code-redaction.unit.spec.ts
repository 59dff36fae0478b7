import { buildJobApplication } from './build-job-application';
import { buildSkillsCv } from './build-skills-cv';
import { containsIdentityCode, redactIdentityCodes } from './identity-code-redaction';
import { sampleApplicationInput, sampleCvInput } from '../../test-support/sample-client';

// Shaped like Finnish personal identity codes (the first has a valid check character, the
// others not: redaction goes by shape, so mistyped codes are caught too).
const CODES = ['131052-308T', '010101A123N', '311299Y9999', '150287+1234', '020304e001x'];

describe('identity codes in free text', () => {
  it.each(CODES)('redacts %s wherever it stands in a text', (code) => {
    expect(redactIdentityCodes(`hetu ${code}, kiitos`, '[poistettu]')).toEqual({ text: 'hetu [poistettu], kiitos', count: 1 });
    expect(redactIdentityCodes(`(${code})`, '[x]').text).toBe('([x])');
  });

  it.each(['040 123 4567', '040-1234567', '2019–2025', 'TMT-2026-4817', '1234567-8', '321052-308T', '131352-308T', '131052-3080A'])(
    'leaves %s alone',
    (text) => {
      expect(redactIdentityCodes(text, '[x]')).toEqual({ text, count: 0 });
    },
  );

  it('redacts a code typed into any free-text field of a CV and counts it, never printing it', () => {
    const input = sampleCvInput('fi');
    input.profile.summary = 'Henkilötunnukseni on 131052-308T.';
    input.profile.skills[0]!.evidence = 'Kortin numero 010101A123N';
    input.profile.experience[0]!.description = 'Palkkalaskelmassa 131052-308T';
    input.profile.education[0]!.description = '311299Y9999';
    input.profile.licences[0]!.name = 'Trukkikortti 150287+1234';
    input.contact.municipality = 'Vantaa 131052-308T';
    const cv = buildSkillsCv(input);
    const json = JSON.stringify(cv);
    for (const code of CODES.slice(0, 4)) expect(json).not.toContain(code);
    expect(containsIdentityCode(json)).toBe(false);
    expect(cv.profile.text).toBe('Henkilötunnukseni on [poistettu].');
    expect(cv.meta.redactedIdentityCodes).toBe(6);
  });

  it('redacts codes in the application, its motivation and the vacancy texts', () => {
    const input = sampleApplicationInput('sv');
    input.motivation = 'Min personbeteckning är 131052-308T.';
    input.vacancy.title = 'Lagerarbetare 010101A123N';
    input.recipient.address = 'Box 1\n311299Y9999';
    const application = buildJobApplication(input);
    const json = JSON.stringify(application);
    expect(containsIdentityCode(json)).toBe(false);
    expect(application.paragraphs[0]!.text).toContain('Min personbeteckning är [borttaget].');
    expect(application.meta.redactedIdentityCodes).toBe(3);
  });
});
