import { buildSkillsCv } from '../content/domain/build-skills-cv';
import { sampleCvInput } from '../test-support/sample-client';
import { DOCUMENT_FORMATS, renderDocument } from './render-document';
import { renderJson } from './render-json';

describe('renderDocument', () => {
  const cv = buildSkillsCv(sampleCvInput('fi'));

  it('renders the content model as JSON that reads back to the same model', () => {
    expect(JSON.parse(renderJson(cv).toString('utf8'))).toEqual(cv);
  });

  it('dispatches on the format and names each format for HTTP', async () => {
    expect((await renderDocument(cv, 'pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await renderDocument(cv, 'docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await renderDocument(cv, 'json')).equals(renderJson(cv))).toBe(true);
    expect(DOCUMENT_FORMATS.docx.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(DOCUMENT_FORMATS.pdf).toEqual({ format: 'pdf', contentType: 'application/pdf', extension: 'pdf' });
  });
});
