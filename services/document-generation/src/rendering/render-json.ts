/** The content model itself, as UTF-8 JSON: what the PDF and DOCX show, for other systems to read. */
import type { GeneratedDocument } from '../content/domain/document-model';

export function renderJson(doc: GeneratedDocument): Buffer {
  return Buffer.from(`${JSON.stringify(doc, null, 2)}\n`, 'utf8');
}
