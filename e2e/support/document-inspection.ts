import path from 'node:path';
import { Worker } from 'node:worker_threads';
import JSZip from 'jszip';
import { WORKSPACE_ROOT } from '@career/testing';

/**
 * What an independent reader sees in a downloaded document. The PDF is read by Mozilla's
 * pdf.js through document generation's worker script (run by path, not imported: e2e tests
 * use no service code), the DOCX is opened as an Office Open XML (zip) package.
 */
const PDF_WORKER = path.join(WORKSPACE_ROOT, 'services/document-generation/src/test-support/pdf-inspection.worker.mjs');

export interface PdfReading {
  /** All pages' text with every whitespace run as one space. */
  text: string;
  pages: number;
  info: { Title?: string; Language?: string };
}

export function readPdf(bytes: Buffer): Promise<PdfReading> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(PDF_WORKER, { workerData: bytes });
    worker.once('message', (reply: { ok: true; pages: string[]; info: PdfReading['info'] } | { ok: false; error: string }) => {
      void worker.terminate();
      if (reply.ok) resolve({ text: reply.pages.join(' ').replace(/\s+/g, ' '), pages: reply.pages.length, info: reply.info });
      else reject(new Error(`pdf.js could not read the PDF: ${reply.error}`));
    });
    worker.once('error', reject);
  });
}

export interface DocxReading {
  contentTypes: string;
  /** The visible text of word/document.xml (runs joined, paragraphs separated by newlines). */
  text: string;
  /** Style ids of the paragraphs, in order, e.g. ['Heading1', 'Heading2', ...]. */
  paragraphStyles: string[];
  /** Every XML part of the package, for checks that must hold everywhere. */
  allParts: string;
}

export async function readDocx(bytes: Buffer): Promise<DocxReading> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`the DOCX has no ${name}`);
    return file.async('string');
  };
  const documentXml = await read('word/document.xml');
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  const paragraphs = documentXml.split('</w:p>');
  return {
    contentTypes: await read('[Content_Types].xml'),
    text: paragraphs.map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join('')).join('\n'),
    paragraphStyles: [...documentXml.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]!),
    allParts: (await Promise.all(names.map(read))).join('\n'),
  };
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** A response's body as bytes (the api() helper reads text, which would mangle a PDF). */
export async function download(baseUrl: string, route: string, token: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(baseUrl + route, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}
