// Reads a PDF with Mozilla's pdf.js (an extractor independent of pdfkit, which wrote it) and
// posts back its text per page, metadata and structure-tree roles. Runs in a worker thread
// because pdf.js ships only as ES modules, which Jest's CommonJS runtime cannot load.
import { parentPort, workerData } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const collectRoles = (node, roles) => {
  if (!node) return roles;
  if (node.role) roles.push(node.role);
  for (const child of node.children ?? []) collectRoles(child, roles);
  return roles;
};

try {
  const pdf = await getDocument({ data: new Uint8Array(workerData), useSystemFonts: false, verbosity: 0 }).promise;
  const pages = [];
  const roles = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    collectRoles(await page.getStructTree(), roles);
  }
  const { info } = await pdf.getMetadata();
  parentPort.postMessage({ ok: true, pages, roles, info });
  await pdf.destroy();
} catch (error) {
  parentPort.postMessage({ ok: false, error: String(error) });
}
