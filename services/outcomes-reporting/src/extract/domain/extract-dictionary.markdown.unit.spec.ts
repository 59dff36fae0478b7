import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTRACT_COLUMNS, indicatorsFedBy } from './extract-columns';

const DOC = path.resolve(__dirname, '../../../../../docs/participant-extract.md');
const START = '<!-- data-dictionary:start (made from services/outcomes-reporting/src/extract/domain/extract-columns.ts) -->';
const END = '<!-- data-dictionary:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The dictionary as the document shows it: every column, what it holds, and the indicators of each set it feeds. */
function dictionaryMarkdown(): string {
  const lines = [
    '| column | moment | what it holds | values | ESF+ 2021-2027 indicators | ESF 2014-2020 indicators |',
    '| --- | --- | --- | --- | --- | --- |',
    ...EXTRACT_COLUMNS.map((c) => `| \`${c.key}\` | ${c.moment} | ${cell(c.description)} | ${cell(c.values)} | ${cell(indicatorsFedBy(c, 'esfplus2021'))} | ${cell(indicatorsFedBy(c, 'esf2014'))} |`),
  ];
  return lines.join('\n');
}

describe('docs/participant-extract.md', () => {
  it('maps every column of the extract to the indicator table exactly as the code does', () => {
    const doc = readFileSync(DOC, 'utf8');
    const section = doc.slice(doc.indexOf(START) + START.length, doc.indexOf(END)).trim();
    if (section !== dictionaryMarkdown()) {
      // The section to paste between the markers:
      console.log(dictionaryMarkdown());
    }
    expect(section).toBe(dictionaryMarkdown());
  });
});
