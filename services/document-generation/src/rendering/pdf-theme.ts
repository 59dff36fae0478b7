/**
 * Page geometry and type styles of the PDF, in points (1/72 inch). A4 is 595.28 × 841.89 pt.
 * Sizes are multiplied by a scale below 1 only when an application needs it to fit its page.
 */
import type { FontRole } from './fonts';
import type { HeadingLook, ParagraphLook } from './layout-blocks';

export const PAGE = {
  width: 595.28,
  height: 841.89,
  margins: { top: 56, bottom: 62, left: 64, right: 64 },
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;
/** Footer baseline area, inside the bottom margin. */
export const FOOTER_Y = PAGE.height - 40;

export const COLOURS = {
  text: '#1f2328',
  muted: '#5b6672',
  accent: '#1b3a5c',
  hairline: '#c5cfd9',
} as const;

export interface TextStyle {
  font: FontRole;
  size: number;
  colour: string;
  /** Extra space between lines. */
  lineGap: number;
  spaceBefore: number;
  spaceAfter: number;
}

export const HEADING_STYLES: Readonly<Record<HeadingLook, TextStyle>> = {
  name: { font: 'bold', size: 23, colour: COLOURS.accent, lineGap: 0, spaceBefore: 0, spaceAfter: 0 },
  section: { font: 'bold', size: 12, colour: COLOURS.accent, lineGap: 0, spaceBefore: 15, spaceAfter: 7 },
  area: { font: 'semibold', size: 10.5, colour: COLOURS.text, lineGap: 0, spaceBefore: 7, spaceAfter: 3 },
  letter: { font: 'bold', size: 14, colour: COLOURS.accent, lineGap: 0, spaceBefore: 4, spaceAfter: 10 },
};

export const PARAGRAPH_STYLES: Readonly<Record<ParagraphLook, TextStyle>> = {
  body: { font: 'regular', size: 10.5, colour: COLOURS.text, lineGap: 2.2, spaceBefore: 0, spaceAfter: 8 },
  muted: { font: 'regular', size: 9.5, colour: COLOURS.muted, lineGap: 1.5, spaceBefore: 0, spaceAfter: 4 },
  kicker: { font: 'semibold', size: 10.5, colour: COLOURS.muted, lineGap: 0, spaceBefore: 1, spaceAfter: 4 },
  sender: { font: 'bold', size: 16, colour: COLOURS.accent, lineGap: 0, spaceBefore: 0, spaceAfter: 2 },
  signature: { font: 'semibold', size: 10.5, colour: COLOURS.text, lineGap: 0, spaceBefore: 0, spaceAfter: 0 },
};

export const CONTACT_STYLE: TextStyle = { font: 'regular', size: 9.5, colour: COLOURS.text, lineGap: 1, spaceBefore: 0, spaceAfter: 8 };
export const LIST_STYLE: TextStyle = { font: 'regular', size: 10, colour: COLOURS.text, lineGap: 1.6, spaceBefore: 0, spaceAfter: 3 };
export const ENTRY_STYLE: TextStyle = { font: 'regular', size: 10, colour: COLOURS.text, lineGap: 1.6, spaceBefore: 0, spaceAfter: 6 };
export const FOOTER_STYLE: TextStyle = { font: 'regular', size: 8, colour: COLOURS.muted, lineGap: 0, spaceBefore: 0, spaceAfter: 0 };

/** Indent of list text after the bullet, and width of the period column of work history. */
export const BULLET_INDENT = 13;
export const PERIOD_COLUMN = 84;
/** Separator between contact items on one line. */
export const CONTACT_SEPARATOR = '   ·   ';
/** A heading is moved to the next page unless this much room is left below it. */
export const KEEP_WITH_NEXT = 56;
/** Font scales tried, largest first, until an application fits its one page. */
export const APPLICATION_SCALES = [1, 0.96, 0.92, 0.88] as const;
