/**
 * The embedded font: Noto Sans (SIL OFL 1.1, see assets/fonts/README.md), which covers Finnish,
 * Swedish and every Sámi letter. Resolved relative to this file, which works both from src/
 * (tests) and from dist/ (scripts/build.mjs copies .ttf files alongside). Read once per process.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

let cache: Readonly<Record<FontRole, Buffer>> | undefined;

export function fontData(): Readonly<Record<FontRole, Buffer>> {
  cache ??= {
    regular: readFileSync(join(FONT_DIRECTORY, FONT_FILES.regular)),
    italic: readFileSync(join(FONT_DIRECTORY, FONT_FILES.italic)),
    semibold: readFileSync(join(FONT_DIRECTORY, FONT_FILES.semibold)),
    bold: readFileSync(join(FONT_DIRECTORY, FONT_FILES.bold)),
  };
  return cache;
}
