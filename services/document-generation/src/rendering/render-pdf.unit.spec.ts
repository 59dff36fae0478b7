import { buildJobApplication } from '../content/domain/build-job-application';
import { BODY_CHARACTER_BUDGET, HEADER_LINE_CHARS, MAX_RECIPIENT_LINES, RECIPIENT_LINE_CHARS } from '../content/domain/fit-one-page';
import { buildSkillsCv } from '../content/domain/build-skills-cv';
import type { ApplicationDocument } from '../content/domain/document-model';
import { containsIdentityCode } from '../content/domain/identity-code-redaction';
import { DOCUMENT_LANGUAGES } from '../content/domain/profile-input';
import { sampleApplicationInput, sampleCvInput } from '../test-support/sample-client';
import { LABELS } from '../templates/labels';
import { DocumentOverflowError, renderPdf } from './render-pdf';
import { flatText, inspectPdf, type PdfInspection } from '../test-support/pdf-inspection';

const SAMI_AND_NORDIC_LETTERS = 'ä ö å Ä Ö Å á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž ʒ ǯ ǩ ǧ ǥ Ʒ Ǯ Ǩ Ǧ Ǥ';

describe('renderPdf', () => {
  describe.each(DOCUMENT_LANGUAGES)('the skills-based CV in %s', (language) => {
    const cv = buildSkillsCv(sampleCvInput(language));
    let pdf: Buffer;
    let read: PdfInspection;
    beforeAll(async () => {
      pdf = await renderPdf(cv);
      read = await inspectPdf(pdf);
    });

    it('reads back, with an independent extractor, the name, every section and competence-area heading', () => {
      const text = flatText(read);
      expect(text).toContain('Mikko Häkkinen');
      expect(text).toContain(LABELS[language].cvLabel);
      for (const heading of Object.values(LABELS[language].sections)) expect(text).toContain(heading);
      for (const area of cv.competenceAreas.items) {
        expect(text).toContain(area.heading);
        expect(text).toContain(area.examples[0]!.skill);
      }
      expect(text).toContain(cv.workHistory!.items[0]!.organisation);
    });

    it('is A4 PDF 1.7 with title, author, language and the creation date of the document', () => {
      expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
      expect(read.info).toMatchObject({
        Title: cv.meta.title,
        Author: 'Mikko Häkkinen',
        Language: LABELS[language].languageTag,
        CreationDate: 'D:20261128101500Z',
      });
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    });

    it('is tagged: a structure tree of headings, paragraphs and lists', () => {
      expect(read.roles.slice(0, 3)).toEqual(['Root', 'Document', 'H1']);
      for (const role of ['H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody']) expect(read.roles).toContain(role);
      expect(pdf.toString('latin1')).toContain('/MarkInfo');
      expect(pdf.toString('latin1')).toContain('pdfuaid:part');
    });

    it('embeds its font', () => {
      expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
      expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    });
  });

  it('prints Finnish, Swedish and Sámi letters as they are', async () => {
    const input = sampleCvInput('fi');
    input.contact.firstName = 'Máret Ŋilá';
    input.contact.lastName = 'Čuđđe-Ŧoaš';
    input.profile.skills[0]!.evidence = `Kirjaimet: ${SAMI_AND_NORDIC_LETTERS}.`;
    const text = flatText(await inspectPdf(await renderPdf(buildSkillsCv(input))));
    expect(text).toContain('Máret Ŋilá Čuđđe-Ŧoaš');
    expect(text).toContain(SAMI_AND_NORDIC_LETTERS);
  });

  it('gives the same bytes for the same document (golden files and hashes work)', async () => {
    const cv = buildSkillsCv(sampleCvInput('sv'));
    const [first, second] = [await renderPdf(cv), await renderPdf(cv)];
    expect(first.equals(second)).toBe(true);
  });

  it('never prints an identity code typed into the profile', async () => {
    const input = sampleCvInput('en');
    input.profile.summary = 'My identity code is 131052-308T.';
    const text = flatText(await inspectPdf(await renderPdf(buildSkillsCv(input))));
    expect(text).toContain('My identity code is [removed].');
    expect(containsIdentityCode(text)).toBe(false);
  });

  describe.each(DOCUMENT_LANGUAGES)('the job application in %s', (language) => {
    const application = buildJobApplication(sampleApplicationInput(language));
    let read: PdfInspection;
    beforeAll(async () => {
      read = await inspectPdf(await renderPdf(application));
    });

    it('is one page with the sender, the recipient, the date, the heading and every paragraph', () => {
      expect(read.pages).toHaveLength(1);
      const text = flatText(read);
      for (const part of [application.sender.fullName, ...application.recipientLines, application.date.text, application.heading, application.signOff]) {
        expect(text).toContain(part);
      }
      for (const paragraph of application.paragraphs) expect(text).toContain(paragraph.text.replace(/\u00a0/g, ' ').slice(0, 60));
      expect(read.info.Title).toBe(application.meta.title);
      expect(read.roles).toEqual(expect.arrayContaining(['Document', 'H1', 'P']));
    });
  });

  it('keeps an application that the builder had to condense on one page', async () => {
    const input = sampleApplicationInput('fi');
    const sentence = 'Olen tehnyt varastotyötä pitkään ja haluan kertoa siitä tässä hyvin perusteellisesti. ';
    input.motivation = sentence.repeat(20);
    input.profile.skills = input.profile.skills.map((skill) => ({ ...skill, evidence: sentence.repeat(3) }));
    input.profile.experience[0]!.description = sentence.repeat(4);
    input.vacancy.requirements = [...input.vacancy.requirements, ...input.profile.skills.map((skill) => skill.label)];
    input.recipient.address = Array.from({ length: 8 }, (_, index) => `Osoiterivi ${index} ${'pitkä '.repeat(20)}`).join('\n');
    const long = (text: string) => `${text} ${'pitkä nimi '.repeat(10)}`;
    input.profile.experience = input.profile.experience.map((job) => ({ ...job, title: long(job.title), employer: long(job.employer) }));
    input.profile.licences = input.profile.licences.map((licence) => ({ ...licence, name: long(licence.name) }));
    const application = buildJobApplication(input);
    expect(application.condensed.length).toBeGreaterThan(0);
    expect((await inspectPdf(await renderPdf(application))).pages).toHaveLength(1);
  });

  it('fits the largest application the builder lets through: a full budget of text and the longest letterhead', async () => {
    const application = buildJobApplication(sampleApplicationInput('fi'));
    const words = 'Työskentelin kylmävarastossa ja vastasin keräilystä, lastauksesta sekä trukkitöistä kolmivuorotyössä. ';
    const paragraphText = words.repeat(10).slice(0, Math.floor(BODY_CHARACTER_BUDGET / 5));
    const line = (text: string, length: number) => `${text} ${'Esimerkkikatu 123 B 45, '.repeat(6)}`.slice(0, length);
    const largest: ApplicationDocument = {
      ...application,
      recipientLines: Array.from({ length: MAX_RECIPIENT_LINES }, (_, index) => line(`Rivi ${index}`, RECIPIENT_LINE_CHARS)),
      reference: line('Työpaikkailmoitus', HEADER_LINE_CHARS),
      heading: line('Hakemus: Varastotyöntekijä, kylmävarasto ja pakastevarasto', HEADER_LINE_CHARS),
      paragraphs: application.paragraphs.map((paragraph) => ({ ...paragraph, text: paragraphText })),
    };
    expect(largest.paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0)).toBeGreaterThan(BODY_CHARACTER_BUDGET - 5);
    expect((await inspectPdf(await renderPdf(largest))).pages).toHaveLength(1);
  });

  it('refuses to render an application that does not fit one page rather than spill onto a second', async () => {
    const application = buildJobApplication(sampleApplicationInput('en'));
    const tooLong: ApplicationDocument = {
      ...application,
      paragraphs: Array.from({ length: 12 }, () => ({ role: 'why-me' as const, text: 'Far too long for one page. '.repeat(20) })),
    };
    await expect(renderPdf(tooLong)).rejects.toBeInstanceOf(DocumentOverflowError);
  });
});
