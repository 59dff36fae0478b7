/**
 * Renders a document to DOCX (Office Open XML) with the `docx` library, from the same blocks as
 * the PDF: real Heading1/Heading2/Heading3 paragraph styles (so Word's navigation pane and
 * screen readers see the structure), bulleted lists, the document's language on the default
 * run style, and title, subject and author in the core properties. A4 with the PDF's margins.
 *
 * Not byte-for-byte deterministic: the library stamps core properties with the clock and
 * random ids; the content is. Store and hash the bytes as produced.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { GeneratedDocument, TimelineEntry } from '../content/domain/document-model';
import { DOCX_FONT_FAMILY } from './fonts';
import { layoutOf, type Block, type ListItem } from './layout-blocks';
import { COLOURS, PAGE, PERIOD_COLUMN } from './pdf-theme';

/** Word measures in twentieths of a point (twips) and font sizes in half points. */
const twips = (points: number) => Math.round(points * 20);
const halfPoints = (points: number) => Math.round(points * 2);
const hex = (colour: string) => colour.replace('#', '');

const BULLETS = 'bullets';
const PERIOD_TAB = twips(PERIOD_COLUMN);

function listParagraph(item: ListItem): Paragraph {
  return new Paragraph({
    numbering: { reference: BULLETS, level: 0 },
    spacing: { after: twips(3) },
    children: [new TextRun({ text: item.lead, bold: true }), ...(item.text ? [new TextRun({ text: ` – ${item.text}` })] : [])],
  });
}

function entryParagraphs(entry: TimelineEntry): Paragraph[] {
  const hanging = { left: PERIOD_TAB, hanging: PERIOD_TAB };
  return [
    new Paragraph({
      indent: hanging,
      tabStops: [{ type: TabStopType.LEFT, position: PERIOD_TAB }],
      spacing: { after: entry.description ? 0 : twips(6) },
      children: [
        new TextRun({ text: entry.period, color: hex(COLOURS.muted) }),
        new TextRun({ text: '\t' }),
        new TextRun({ text: entry.title, bold: true }),
        new TextRun({ text: `, ${entry.organisation}` }),
      ],
    }),
    ...(entry.description
      ? [
          new Paragraph({
            indent: { left: PERIOD_TAB },
            spacing: { after: twips(6) },
            children: [new TextRun({ text: entry.description, color: hex(COLOURS.muted), size: halfPoints(9.5) })],
          }),
        ]
      : []),
  ];
}

const HEADING_LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function paragraphsOf(block: Block): Paragraph[] {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADING_LEVELS[block.level],
          // The CV's name is its Heading 1 but printed larger than a letter's heading.
          children: [new TextRun({ text: block.text, ...(block.look === 'name' ? { size: halfPoints(22) } : {}) })],
        }),
      ];
    case 'paragraph': {
      const run = {
        body: {},
        muted: { color: hex(COLOURS.muted), size: halfPoints(9.5) },
        kicker: { color: hex(COLOURS.muted), bold: true },
        sender: { color: hex(COLOURS.accent), bold: true, size: halfPoints(16) },
        signature: { bold: true },
      }[block.look];
      return [new Paragraph({ spacing: { after: twips(block.look === 'body' ? 8 : 4) }, children: [new TextRun({ text: block.text, ...run })] })];
    }
    case 'contact':
      return [new Paragraph({ spacing: { after: twips(4) }, children: [new TextRun({ text: block.items.join('   ·   '), size: halfPoints(9.5) })] })];
    case 'rule':
      return [
        new Paragraph({
          spacing: { after: twips(8) },
          border: { bottom: { style: BorderStyle.SINGLE, size: block.strong ? 12 : 4, color: hex(COLOURS.accent), space: 1 } },
        }),
      ];
    case 'list':
      return block.items.map(listParagraph);
    case 'entries':
      return block.items.flatMap(entryParagraphs);
    case 'letterhead':
      return [
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(block.date)] }),
        ...block.lines.map((line, index) => new Paragraph({ children: [new TextRun({ text: line, bold: index === 0 })] })),
      ];
    case 'space':
      return [new Paragraph({ spacing: { after: twips(block.points) } })];
  }
}

export async function renderDocx(doc: GeneratedDocument): Promise<Buffer> {
  const layout = layoutOf(doc);
  const footer = layout.footer;
  const section: ISectionOptions = {
    properties: {
      page: {
        size: { width: twips(PAGE.width), height: twips(PAGE.height) },
        margin: {
          top: twips(PAGE.margins.top),
          bottom: twips(PAGE.margins.bottom),
          left: twips(PAGE.margins.left),
          right: twips(PAGE.margins.right),
        },
      },
    },
    children: layout.blocks.flatMap(paragraphsOf),
    ...(footer
      ? {
          footers: {
            default: new Footer({
              children: [
                new Paragraph({
                  tabStops: [{ type: TabStopType.RIGHT, position: twips(PAGE.width - PAGE.margins.left - PAGE.margins.right) }],
                  children: [
                    new TextRun({ text: `${footer.left}\t`, size: halfPoints(8), color: hex(COLOURS.muted) }),
                    ...pageLabelRuns(footer.pageLabel),
                  ],
                }),
              ],
            }),
          },
        }
      : {}),
  };
  const document = new Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    description: doc.meta.templateVersion,
    styles: {
      default: {
        document: {
          run: { font: DOCX_FONT_FAMILY, size: halfPoints(10.5), color: hex(COLOURS.text), language: { value: doc.meta.languageTag } },
          paragraph: { spacing: { line: 276 } },
        },
        heading1: { run: { font: DOCX_FONT_FAMILY, size: halfPoints(15), bold: true, color: hex(COLOURS.accent) }, paragraph: { spacing: { after: twips(4) } } },
        heading2: {
          run: { font: DOCX_FONT_FAMILY, size: halfPoints(12), bold: true, color: hex(COLOURS.accent) },
          paragraph: { spacing: { before: twips(14), after: twips(6) }, keepNext: true },
        },
        heading3: {
          run: { font: DOCX_FONT_FAMILY, size: halfPoints(10.5), bold: true, color: hex(COLOURS.text) },
          paragraph: { spacing: { before: twips(7), after: twips(3) }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: twips(14), hanging: twips(11) } } },
            },
          ],
        },
      ],
    },
    sections: [section],
  });
  return Packer.toBuffer(document);
}

/** "Sivu {page}/{pages}" with Word's page fields in place of the placeholders. */
function pageLabelRuns(label: string): TextRun[] {
  const style = { size: halfPoints(8), color: hex(COLOURS.muted) };
  return label
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}'
        ? new TextRun({ ...style, children: [PageNumber.CURRENT] })
        : part === '{pages}'
          ? new TextRun({ ...style, children: [PageNumber.TOTAL_PAGES] })
          : new TextRun({ ...style, text: part }),
    );
}
