/**
 * Test helper: what an independent PDF reader (pdf.js) sees in a PDF: the text of each page,
 * the document information (title, language, dates) and the roles of the structure tree.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface PdfInspection {
  pages: string[];
  /** Structure-tree roles in reading order, e.g. ['Root', 'Document', 'H1', 'P', ...]. */
  roles: string[];
  info: { Title?: string; Language?: string; Author?: string; PDFFormatVersion?: string; CreationDate?: string };
}

type WorkerReply = ({ ok: true } & PdfInspection) | { ok: false; error: string };

export function inspectPdf(bytes: Buffer): Promise<PdfInspection> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'pdf-inspection.worker.mjs'), { workerData: bytes });
    worker.once('message', (reply: WorkerReply) => {
      void worker.terminate();
      if (reply.ok) resolve({ pages: reply.pages, roles: reply.roles, info: reply.info });
      else reject(new Error(`pdf.js could not read the PDF: ${reply.error}`));
    });
    worker.once('error', reject);
  });
}

/** All pages' text as one line (every whitespace run, line breaks too, as one space), for `toContain` checks. */
export function flatText(inspection: PdfInspection): string {
  return inspection.pages.join(' ').replace(/\s+/g, ' ');
}
