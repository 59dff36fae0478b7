/**
 * Renders a document to PDF with pdfkit: A4, Noto Sans embedded (subset), tagged for
 * accessibility (PDF/UA identification, /Lang, title shown in the window title, a structure
 * tree of Document > H1/H2/H3/P/L > LI > Lbl/LBody; rules and footers are marked as artifacts so
 * screen readers skip them). Deterministic: CreationDate and ModDate are the document's
 * `createdAt`, so the same content model always gives the same bytes (golden tests, SHA-256).
 *
 * An application must fit one page: its blocks are measured first and the largest type scale
 * of APPLICATION_SCALES that fits is used; if none does, rendering fails rather than produce a
 * two-page letter (the builder's character budget makes that a bug, not a user error).
 */
import PDFDocument from 'pdfkit';
import type { GeneratedDocument } from '../content/domain/document-model';
import { fontsForOneDocument, type FontRole } from './fonts';
import { layoutOf, type Block, type ListItem } from './layout-blocks';
import {
  APPLICATION_SCALES,
  BULLET_INDENT,
  COLOURS,
  CONTACT_SEPARATOR,
  CONTACT_STYLE,
  CONTENT_WIDTH,
  ENTRY_STYLE,
  FOOTER_STYLE,
  FOOTER_Y,
  HEADING_STYLES,
  KEEP_WITH_NEXT,
  LIST_STYLE,
  PAGE,
  PARAGRAPH_STYLES,
  PERIOD_COLUMN,
  type TextStyle,
} from './pdf-theme';

type Pdf = PDFKit.PDFDocument;
type StructureElement = PDFKit.PDFStructureElement;

export class DocumentOverflowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentOverflowError';
  }
}

const LEFT = PAGE.margins.left;
/** The recipient's column; the date stands right of it. */
const LETTERHEAD_WIDTH = CONTENT_WIDTH * 0.7;
const BOTTOM = PAGE.height - PAGE.margins.bottom;

/** Lays blocks out on pdfkit pages; `measure` and `draw` share the same metrics. */
class PdfComposer {
  constructor(
    private readonly pdf: Pdf,
    private readonly root: StructureElement,
    private readonly scale: number,
  ) {}

  private use(style: TextStyle, font: FontRole = style.font): void {
    this.pdf.font(font).fontSize(style.size * this.scale).fillColor(style.colour);
  }

  private textOptions(style: TextStyle, width: number): PDFKit.Mixins.TextOptions {
    return { width, lineGap: style.lineGap * this.scale };
  }

  private heightOf(text: string, style: TextStyle, width: number): number {
    this.use(style);
    return this.pdf.heightOfString(text, this.textOptions(style, width));
  }

  private listItemHeight(item: ListItem): number {
    return this.heightOf(listItemText(item), LIST_STYLE, CONTENT_WIDTH - BULLET_INDENT) + LIST_STYLE.spaceAfter * this.scale;
  }

  private entryHeight(entry: { title: string; organisation: string; description?: string }): number {
    const width = CONTENT_WIDTH - PERIOD_COLUMN;
    const title = this.heightOf(`${entry.title}, ${entry.organisation}`, ENTRY_STYLE, width);
    const description = entry.description ? this.heightOf(entry.description, PARAGRAPH_STYLES.muted, width) + 1 : 0;
    return title + description + ENTRY_STYLE.spaceAfter * this.scale;
  }

  /** Height a block takes, including its space before and after. */
  measure(block: Block): number {
    const s = this.scale;
    switch (block.type) {
      case 'heading': {
        const style = HEADING_STYLES[block.look];
        const rule = block.look === 'section' ? 3 : 0;
        return (style.spaceBefore + style.spaceAfter) * s + rule + this.heightOf(block.text, style, CONTENT_WIDTH);
      }
      case 'paragraph': {
        const style = PARAGRAPH_STYLES[block.look];
        return (style.spaceBefore + style.spaceAfter) * s + this.heightOf(block.text, style, CONTENT_WIDTH);
      }
      case 'contact':
        return CONTACT_STYLE.spaceAfter * s + this.heightOf(block.items.join(CONTACT_SEPARATOR), CONTACT_STYLE, CONTENT_WIDTH);
      case 'rule':
        return 2;
      case 'list':
        return block.items.reduce((sum, item) => sum + this.listItemHeight(item), 0) + 2 * s;
      case 'entries':
        return block.items.reduce((sum, entry) => sum + this.entryHeight(entry), 0);
      case 'letterhead':
        return this.heightOf(block.lines.join('\n'), PARAGRAPH_STYLES.body, LETTERHEAD_WIDTH);
      case 'space':
        return block.points * s;
    }
  }

  /** Height of the part of a block that must stay on the page of the heading before it. */
  private measureStart(block: Block): number {
    if (block.type === 'list' && block.items[0]) return this.listItemHeight(block.items[0]);
    if (block.type === 'entries' && block.items[0]) return this.entryHeight(block.items[0]);
    return Math.min(this.measure(block), KEEP_WITH_NEXT);
  }

  /** Starts a new page unless `height` fits below the current position. */
  private ensureRoom(height: number): void {
    if (this.pdf.y + height > BOTTOM && this.pdf.y > PAGE.margins.top + 1) this.pdf.addPage();
  }

  private artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.pdf.markContent('Artifact', { type });
    draw();
    this.pdf.endMarkedContent();
  }

  private tagged(tag: string, draw: () => void, parent: StructureElement = this.root): void {
    parent.add(this.pdf.struct(tag, {}, draw));
  }

  draw(block: Block, next: Block | undefined): void {
    const pdf = this.pdf;
    const s = this.scale;
    switch (block.type) {
      case 'heading': {
        const style = HEADING_STYLES[block.look];
        // Keep a heading with the start of what follows it.
        const following = next ? this.measureStart(next) : 0;
        this.ensureRoom(this.measure(block) + following);
        pdf.y += style.spaceBefore * s;
        this.tagged(`H${block.level}`, () => {
          this.use(style);
          pdf.text(block.text, LEFT, pdf.y, this.textOptions(style, CONTENT_WIDTH));
        });
        if (block.look === 'section') {
          const y = pdf.y + 1;
          this.artifact(() => {
            pdf.moveTo(LEFT, y).lineTo(LEFT + CONTENT_WIDTH, y).lineWidth(0.6).strokeColor(COLOURS.hairline).stroke();
          });
          pdf.y = y + 2;
        }
        pdf.y += style.spaceAfter * s;
        return;
      }
      case 'paragraph': {
        const style = PARAGRAPH_STYLES[block.look];
        const height = this.measure(block);
        // Short paragraphs stay whole; a long one may flow across the page break.
        this.ensureRoom(height < 120 ? height : 40);
        pdf.y += style.spaceBefore * s;
        this.tagged('P', () => {
          this.use(style);
          pdf.text(block.text, LEFT, pdf.y, this.textOptions(style, CONTENT_WIDTH));
        });
        pdf.y += style.spaceAfter * s;
        return;
      }
      case 'contact': {
        this.tagged('P', () => {
          this.use(CONTACT_STYLE);
          pdf.text(block.items.join(CONTACT_SEPARATOR), LEFT, pdf.y, this.textOptions(CONTACT_STYLE, CONTENT_WIDTH));
        });
        pdf.y += CONTACT_STYLE.spaceAfter * s;
        return;
      }
      case 'rule': {
        const y = pdf.y;
        this.artifact(() => {
          pdf.moveTo(LEFT, y).lineTo(LEFT + CONTENT_WIDTH, y).lineWidth(block.strong ? 1.4 : 0.6).strokeColor(COLOURS.accent).stroke();
        });
        pdf.y = y + 2;
        return;
      }
      case 'list':
        return this.drawList(block.items);
      case 'entries':
        return this.drawEntries(block.items);
      case 'letterhead': {
        const top = pdf.y;
        const style = PARAGRAPH_STYLES.body;
        this.tagged('P', () => {
          this.use(style, 'regular');
          pdf.text(block.date, LEFT, top, { ...this.textOptions(style, CONTENT_WIDTH), align: 'right' });
        });
        pdf.y = top;
        // One paragraph per line, so a screen reader pauses between employer, person and address.
        block.lines.forEach((line, index) => {
          this.tagged('P', () => {
            this.use(style, index === 0 ? 'semibold' : 'regular');
            pdf.text(line, LEFT, pdf.y, this.textOptions(style, LETTERHEAD_WIDTH));
          });
        });
        pdf.y = Math.max(pdf.y, top + this.measure(block));
        return;
      }
      case 'space':
        pdf.y += block.points * s;
        return;
    }
  }

  private drawList(items: ListItem[]): void {
    const pdf = this.pdf;
    const list = pdf.struct('L');
    this.root.add(list);
    for (const item of items) {
      this.ensureRoom(this.listItemHeight(item));
      const top = pdf.y;
      list.add(
        pdf.struct('LI', {}, [
          pdf.struct('Lbl', {}, () => {
            this.use(LIST_STYLE, 'bold');
            pdf.fillColor(COLOURS.accent).text('•', LEFT + 2, top, { lineBreak: false });
          }),
          pdf.struct('LBody', {}, () => {
            const options = this.textOptions(LIST_STYLE, CONTENT_WIDTH - BULLET_INDENT);
            this.use(LIST_STYLE, 'semibold');
            if (item.text) {
              pdf.text(item.lead, LEFT + BULLET_INDENT, top, { ...options, continued: true });
              this.use(LIST_STYLE, 'regular');
              pdf.text(` – ${item.text}`, options);
            } else {
              pdf.text(item.lead, LEFT + BULLET_INDENT, top, options);
            }
          }),
        ]),
      );
      pdf.y += LIST_STYLE.spaceAfter * this.scale;
    }
    list.end();
    pdf.y += 2 * this.scale;
  }

  private drawEntries(entries: Array<{ period: string; title: string; organisation: string; description?: string }>): void {
    const pdf = this.pdf;
    const list = pdf.struct('L');
    this.root.add(list);
    const width = CONTENT_WIDTH - PERIOD_COLUMN;
    const x = LEFT + PERIOD_COLUMN;
    for (const entry of entries) {
      this.ensureRoom(this.entryHeight(entry));
      const top = pdf.y;
      list.add(
        pdf.struct('LI', {}, [
          pdf.struct('Lbl', {}, () => {
            this.use(ENTRY_STYLE, 'regular');
            pdf.fillColor(COLOURS.muted).text(entry.period, LEFT, top, { width: PERIOD_COLUMN - 8, lineBreak: false });
          }),
          pdf.struct('LBody', {}, () => {
            const options = this.textOptions(ENTRY_STYLE, width);
            this.use(ENTRY_STYLE, 'semibold');
            pdf.text(entry.title, x, top, { ...options, continued: true });
            this.use(ENTRY_STYLE, 'regular');
            pdf.text(`, ${entry.organisation}`, options);
            if (entry.description) {
              pdf.y += 1;
              this.use(PARAGRAPH_STYLES.muted);
              pdf.text(entry.description, x, pdf.y, this.textOptions(PARAGRAPH_STYLES.muted, width));
            }
          }),
        ]),
      );
      pdf.y += ENTRY_STYLE.spaceAfter * this.scale;
    }
    list.end();
  }

  drawFooters(footer: { left: string; pageLabel: string }): void {
    const pdf = this.pdf;
    const range = pdf.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      pdf.switchToPage(index);
      // Writing inside the bottom margin would otherwise make pdfkit start a new page.
      const bottomMargin = pdf.page.margins.bottom;
      pdf.page.margins.bottom = 0;
      this.artifact(() => {
        this.use(FOOTER_STYLE);
        pdf.text(footer.left, LEFT, FOOTER_Y, { width: CONTENT_WIDTH, lineBreak: false });
        if (range.count > 1) {
          const label = footer.pageLabel.replace('{page}', String(index + 1)).replace('{pages}', String(range.count));
          pdf.text(label, LEFT, FOOTER_Y, { width: CONTENT_WIDTH, align: 'right', lineBreak: false });
        }
      }, 'Pagination');
      pdf.page.margins.bottom = bottomMargin;
    }
  }
}

function listItemText(item: ListItem): string {
  return item.text ? `${item.lead} – ${item.text}` : item.lead;
}

function createPdf(doc: GeneratedDocument): Pdf {
  const createdAt = new Date(doc.meta.createdAt);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: PAGE.margins,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: doc.meta.languageTag,
    // pdfkit supports PDF/UA identification but its type definitions list only the PDF/A subsets.
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    bufferPages: true,
    info: {
      Title: doc.meta.title,
      Author: doc.meta.author,
      Subject: doc.meta.subject,
      Creator: 'career-guidance document-generation',
      CreationDate: createdAt,
      ModDate: createdAt,
    },
  });
  const fonts = fontsForOneDocument();
  // pdfkit's types name only a file or its bytes; it takes a parsed fontkit font as well (see fonts.ts).
  for (const role of Object.keys(fonts) as FontRole[]) pdf.registerFont(role, fonts[role] as unknown as Buffer);
  return pdf;
}

function collect(pdf: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

export async function renderPdf(doc: GeneratedDocument): Promise<Buffer> {
  const layout = layoutOf(doc);
  const pdf = createPdf(doc);
  const bytes = collect(pdf);
  const root = pdf.struct('Document');
  pdf.addStructure(root);

  let scale = 1;
  if (doc.kind === 'job-application') {
    const available = BOTTOM - PAGE.margins.top;
    const fitting = APPLICATION_SCALES.find((candidate) => {
      const probe = new PdfComposer(pdf, root, candidate);
      return layout.blocks.reduce((sum, block) => sum + probe.measure(block), 0) <= available;
    });
    if (fitting === undefined) throw new DocumentOverflowError('the job application does not fit one A4 page');
    scale = fitting;
  }

  const composer = new PdfComposer(pdf, root, scale);
  layout.blocks.forEach((block, index) => composer.draw(block, layout.blocks[index + 1]));
  if (doc.kind === 'job-application' && pdf.bufferedPageRange().count !== 1) {
    throw new DocumentOverflowError('the job application ran onto a second page');
  }
  if (layout.footer) composer.drawFooters(layout.footer);
  root.end();
  pdf.end();
  return bytes;
}
