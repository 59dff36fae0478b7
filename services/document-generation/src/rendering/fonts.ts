/**
 * The embedded font: Noto Sans (SIL OFL 1.1, see assets/fonts/README.md), which covers Finnish,
 * Swedish and every Sámi letter. Resolved relative to this file, which works both from src/
 * (tests) and from dist/ (scripts/build.mjs copies .ttf files alongside). Parsed once per process.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { create, type Font } from 'fontkit';

export type FontRole = 'regular' | 'italic' | 'semibold' | 'bold';

export const FONT_DIRECTORY = resolve(__dirname, '../../assets/fonts');

const FONT_FILES: Readonly<Record<FontRole, string>> = {
  regular: 'NotoSans-Regular.ttf',
  italic: 'NotoSans-Italic.ttf',
  semibold: 'NotoSans-SemiBold.ttf',
  bold: 'NotoSans-Bold.ttf',
};

/**
 * The DOCX does not embed a font (it is for editing): it names Arial, which every Word and
 * LibreOffice has (LibreOffice as metric-compatible Liberation Sans) and which covers the
 * Finnish, Swedish and Sámi letters; Word falls back per character where a font lacks one.
 */
export const DOCX_FONT_FAMILY = 'Arial';

let cache: Readonly<Record<FontRole, Font>> | undefined;

/**
 * The fonts for one document: parsed once per process and shared. pdfkit takes a parsed font as
 * it takes the file's bytes, but given bytes it parses them again for each document, and fontkit
 * decodes the tables it needs (character map, metrics, kerning and shaping) again on each parse:
 * that was most of a CV's rendering time. Call once per document, right before it is laid out,
 * and lay it out without awaiting in between (renderPdf is synchronous up to `end()`).
 */
export function fontsForOneDocument(): Readonly<Record<FontRole, Font>> {
  cache ??= {
    regular: parse(FONT_FILES.regular),
    italic: parse(FONT_FILES.italic),
    semibold: parse(FONT_FILES.semibold),
    bold: parse(FONT_FILES.bold),
  };
  for (const font of Object.values(cache)) forgetGlyphs(font);
  return cache;
}

function parse(file: string): Font {
  const font = create(readFileSync(join(FONT_DIRECTORY, file)));
  if (!('layout' in font)) throw new Error(`${file} is a font collection, not one font`);
  return font;
}

/**
 * fontkit keeps every glyph object it made, with the characters it was first made for, and pdfkit
 * writes those characters into the document's text layer (what a screen reader reads and a copy
 * gives). A glyph first made while writing an earlier document's subset carries none, so a shared
 * font would drop letters from the text of later documents ("old Store" for "Cold Store"). Each
 * document therefore starts with no glyphs made; the decoded tables, the costly part, stay.
 * `_glyphs` is fontkit's own field (2.x): the check fails loudly should a release rename it.
 */
function forgetGlyphs(font: Font): void {
  const internals = font as unknown as { _glyphs?: unknown };
  if (typeof internals._glyphs !== 'object' || internals._glyphs === null) throw new Error('fontkit no longer keeps its glyphs in _glyphs: see forgetGlyphs');
  internals._glyphs = {};
}
