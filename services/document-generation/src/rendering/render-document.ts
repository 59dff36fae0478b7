/**
 * One entry point per format, with what an HTTP response needs to serve the bytes (content
 * type, file extension), so the API layer chooses nothing about formats itself.
 */
import type { DocumentFormat, GeneratedDocument } from '../content/domain/document-model';
import { renderDocx } from './render-docx';
import { renderJson } from './render-json';
import { renderPdf } from './render-pdf';

export type { DocumentFormat };

export interface DocumentFormatInfo {
  format: DocumentFormat;
  contentType: string;
  extension: string;
}

export const DOCUMENT_FORMATS: Readonly<Record<DocumentFormat, DocumentFormatInfo>> = {
  pdf: { format: 'pdf', contentType: 'application/pdf', extension: 'pdf' },
  docx: {
    format: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  json: { format: 'json', contentType: 'application/json; charset=utf-8', extension: 'json' },
};

export async function renderDocument(doc: GeneratedDocument, format: DocumentFormat): Promise<Buffer> {
  switch (format) {
    case 'pdf':
      return renderPdf(doc);
    case 'docx':
      return renderDocx(doc);
    case 'json':
      return renderJson(doc);
  }
}
