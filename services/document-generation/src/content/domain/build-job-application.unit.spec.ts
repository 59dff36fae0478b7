import { buildJobApplication } from './build-job-application';
import { BODY_CHARACTER_BUDGET, CONDENSE_STEPS } from './fit-one-page';
import { DOCUMENT_LANGUAGES } from './profile-input';
import { sampleApplicationInput } from '../../test-support/sample-client';
import { APPLICATION_TEMPLATES } from '../../templates/application-templates';

const bodyLength = (paragraphs: Array<{ text: string }>) => paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0);

describe('buildJobApplication', () => {
  describe.each(DOCUMENT_LANGUAGES)('in %s', (language) => {
    const input = sampleApplicationInput(language);
    const application = buildJobApplication(input);
    const template = APPLICATION_TEMPLATES[language];

    it('has sender, recipient, date in the language, a reference to the advertisement and a heading with the job title', () => {
      expect(application.sender.fullName).toBe('Mikko Häkkinen');
      expect(application.recipientLines.slice(0, 2)).toEqual(['Pohjolan Tukku Oy', 'Laura Nieminen']);
      expect(application.date).toEqual({ iso: '2026-11-28', text: { fi: '28.11.2026', sv: '28 november 2026', en: '28 November 2026' }[language] });
      expect(application.reference).toContain(input.vacancy.title);
      expect(application.reference).toContain('TMT-2026-4817');
      expect(application.heading).toBe(template.heading.replace('{jobTitle}', input.vacancy.title));
      expect(application.signOff).toBe(template.signOff);
      expect(application.meta.templateVersion).toBe(`${template.templateVersion}+labels-v1`);
    });

    it('has five paragraphs in order, built from the template and the client motivation text', () => {
      expect(application.paragraphs.map((paragraph) => paragraph.role)).toEqual([
        'why-this-job',
        'matching-competence',
        'experience',
        'why-me',
        'closing',
      ]);
      expect(application.paragraphs[0]!.text).toContain(input.motivation.slice(0, 40));
      expect(application.paragraphs[4]!.text).toContain(template.closing.interview);
      expect(application.paragraphs[4]!.text).toContain('040\u00a0123\u00a04567');
      expect(application.condensed).toEqual([]);
    });

    it('matches five of the six stated requirements and cites their evidence', () => {
      expect(application.matching.matched).toHaveLength(5);
      expect(application.matching.unmatched).toEqual([input.vacancy.requirements[4]]);
      const matching = application.paragraphs[1]!.text;
      expect(matching).toMatch(/140/);
    });
  });

  it('names the matched requirements inside the sentence as common nouns but keeps acronyms', () => {
    const text = buildJobApplication(sampleApplicationInput('fi')).paragraphs[1]!.text;
    expect(text).toContain('minulta löytyy trukkikortti, kokemus keräilystä, hygieniapassi, kylmäketjun tuntemus ja SAP-osaaminen.');
  });

  it('falls back to the strongest skills when no requirement is met, and still has at least three paragraphs', () => {
    const input = sampleApplicationInput('en');
    input.vacancy.requirements = ['Accounting degree'];
    input.profile.experience = [];
    input.profile.education = [];
    input.profile.licences = [];
    input.profile.skills = input.profile.skills.filter((skill) => skill.kind === 'skill');
    const application = buildJobApplication(input);
    expect(application.matching.matched).toEqual([]);
    expect(application.paragraphs.map((paragraph) => paragraph.role)).toEqual(['why-this-job', 'matching-competence', 'closing']);
    expect(application.paragraphs[1]!.text).toContain('My key competences are forklift operation and coaching junior football');
  });

  it('uses the skills named in the advertisement text when the vacancy states no requirements', () => {
    const input = sampleApplicationInput('en');
    input.vacancy.requirements = [];
    input.vacancy.advertisementText = 'We need someone for Forklift Operation and Goods Receiving in our cold store.';
    const application = buildJobApplication(input);
    expect(application.matching.matched.map((match) => match.requirement)).toEqual(['forklift operation', 'goods receiving']);
  });

  it('has no salutation in Finnish without a contact person, and a generic one in English', () => {
    const fi = sampleApplicationInput('fi');
    delete fi.recipient.contactPerson;
    expect(buildJobApplication(fi).salutation).toBe('');
    const en = sampleApplicationInput('en');
    delete en.recipient.contactPerson;
    expect(buildJobApplication(en).salutation).toBe('Dear Hiring Manager,');
  });

  describe('one page (fit-one-page rules)', () => {
    const longInput = (language: 'fi' | 'sv' | 'en') => {
      const input = sampleApplicationInput(language);
      const sentence = 'Tämä on pitkä lause, joka kertoo motivaatiostani ja aiemmasta kokemuksestani varastotyössä. ';
      input.motivation = sentence.repeat(20);
      input.profile.experience[0]!.description = sentence.repeat(5);
      input.profile.skills = input.profile.skills.map((skill) => ({ ...skill, evidence: sentence.repeat(4) }));
      input.vacancy.requirements = [...input.vacancy.requirements, ...input.profile.skills.map((skill) => skill.label)];
      const long = (text: string) => `${text} ${'pitkä nimi '.repeat(10)}`;
      input.profile.experience = input.profile.experience.map((job) => ({ ...job, title: long(job.title), employer: long(job.employer) }));
      input.profile.licences = input.profile.licences.map((licence) => ({ ...licence, name: long(licence.name) }));
      input.profile.skills = input.profile.skills.map((skill) => (skill.kind === 'transversal' ? { ...skill, label: long(skill.label) } : skill));
      input.recipient.address = Array.from({ length: 9 }, (_, index) => `Osoiterivi ${index + 1} ${'x'.repeat(120)}`).join('\n');
      return input;
    };

    it('condenses an over-long application step by step to within the budget', () => {
      const application = buildJobApplication(longInput('fi'));
      expect(bodyLength(application.paragraphs)).toBeLessThanOrEqual(BODY_CHARACTER_BUDGET);
      expect(application.condensed.length).toBeGreaterThan(0);
      expect(application.condensed).toEqual(CONDENSE_STEPS.slice(0, application.condensed.length).map((step) => step.name));
      expect(application.paragraphs.length).toBeGreaterThanOrEqual(3);
      expect(application.paragraphs.length).toBeLessThanOrEqual(5);
      expect(application.recipientLines).toHaveLength(5);
      for (const line of application.recipientLines) expect(line.length).toBeLessThanOrEqual(60);
    });

    it('cuts the motivation at a sentence boundary, never mid-word', () => {
      const application = buildJobApplication(longInput('sv'));
      const first = application.paragraphs[0]!.text;
      expect(first.endsWith('.') || first.endsWith('…')).toBe(true);
      expect(first.length).toBeLessThan(1000);
    });
  });
});
