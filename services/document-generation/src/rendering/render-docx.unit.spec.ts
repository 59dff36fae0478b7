import JSZip from 'jszip';
import { buildJobApplication } from '../content/domain/build-job-application';
import { buildSkillsCv } from '../content/domain/build-skills-cv';
import type { GeneratedDocument } from '../content/domain/document-model';
import { containsIdentityCode } from '../content/domain/identity-code-redaction';
import { DOCUMENT_LANGUAGES } from '../content/domain/profile-input';
import { sampleApplicationInput, sampleCvInput } from '../test-support/sample-client';
import { LABELS } from '../templates/labels';
import { renderDocx } from './render-docx';

interface DocxParts {
  contentTypes: string;
  document: string;
  styles: string;
  core: string;
  /** Every XML part, for checks that must hold for the whole package. */
  all: string;
}

async function openDocx(doc: GeneratedDocument): Promise<DocxParts> {
  const bytes = await renderDocx(doc);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`the DOCX has no ${path}`);
    return file.async('string');
  };
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  return {
    contentTypes: await read('[Content_Types].xml'),
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    core: await read('docProps/core.xml'),
    all: (await Promise.all(names.map(read))).join('\n'),
  };
}

/** The visible text of word/document.xml, paragraph by paragraph. */
const visibleText = (documentXml: string) =>
  documentXml
    .split('</w:p>')
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&');

describe('renderDocx', () => {
  describe.each(DOCUMENT_LANGUAGES)('the skills-based CV in %s', (language) => {
    const cv = buildSkillsCv(sampleCvInput(language));
    let parts: DocxParts;
    beforeAll(async () => {
      parts = await openDocx(cv);
    });

    it('is a valid Office Open XML word-processing package', () => {
      expect(parts.contentTypes).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
      expect(parts.document).toMatch(/^<\?xml[^>]*>\s*<w:document /);
      expect(parts.styles).toContain('w:styleId="Heading1"');
      expect(parts.styles).toContain('w:styleId="Heading2"');
      expect(parts.styles).toContain('w:styleId="Heading3"');
    });

    it('uses real heading styles for the name, the sections and the competence areas', () => {
      const headingOf = (style: string) =>
        [...parts.document.matchAll(new RegExp(`<w:pStyle w:val="${style}"/>.*?</w:p>`, 'g'))].map((match) => visibleText(match[0]).trim());
      expect(headingOf('Heading1')).toEqual(['Mikko Häkkinen']);
      expect(headingOf('Heading2')).toEqual(expect.arrayContaining([LABELS[language].sections.competenceAreas, LABELS[language].sections.workHistory]));
      expect(headingOf('Heading3')).toEqual(cv.competenceAreas.items.map((area) => area.heading));
    });

    it('sets the title and author in the core properties and the language on the default style', () => {
      expect(parts.core).toContain(`<dc:title>${cv.meta.title}</dc:title>`);
      expect(parts.core).toContain('<dc:creator>Mikko Häkkinen</dc:creator>');
      expect(parts.styles).toContain(`w:lang w:val="${LABELS[language].languageTag}"`);
    });

    it('contains the examples and the work history', () => {
      const text = visibleText(parts.document);
      expect(text).toContain(cv.competenceAreas.items[0]!.examples[0]!.evidence);
      expect(text).toContain(cv.workHistory!.items[0]!.title);
    });
  });

  describe.each(DOCUMENT_LANGUAGES)('the job application in %s', (language) => {
    it('has the heading as Heading1 and every paragraph', async () => {
      const application = buildJobApplication(sampleApplicationInput(language));
      const parts = await openDocx(application);
      const text = visibleText(parts.document);
      expect(parts.document).toContain('<w:pStyle w:val="Heading1"/>');
      for (const part of [application.heading, application.date.text, application.signOff, ...application.paragraphs.map((p) => p.text)]) {
        expect(text).toContain(part);
      }
    });
  });

  it('never carries an identity code typed into the profile, in any part of the package', async () => {
    const input = sampleApplicationInput('fi');
    input.motivation = 'Henkilötunnukseni on 131052-308T.';
    input.profile.experience[0]!.description = 'Tunnus 010101A123N';
    const parts = await openDocx(buildJobApplication(input));
    expect(containsIdentityCode(parts.all)).toBe(false);
    expect(visibleText(parts.document)).toContain('Henkilötunnukseni on [poistettu].');
  });
});
