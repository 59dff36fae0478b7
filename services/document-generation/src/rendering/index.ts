/** Renderers of the content model: PDF (tagged, A4, embedded Noto Sans), DOCX and JSON. */
export { renderPdf, DocumentOverflowError } from './render-pdf';
export { renderDocx } from './render-docx';
export { renderJson } from './render-json';
export { renderDocument, DOCUMENT_FORMATS, type DocumentFormat, type DocumentFormatInfo } from './render-document';
