/**
 * The key a municipality name is looked up by: Unicode NFC, lower case, other accents dropped
 * but å, ä and ö kept as letters of their own (in Finnish and Swedish they are not an 'a' or an
 * 'o' with a mark: Åbo is not Abo, Hämeenlinna is not Hameenlinna). Dashes of any kind count as
 * a hyphen and the spaces around one are dropped; runs of white space count as one space.
 */
export function normaliseMunicipalityName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/(\P{M})(\p{M}+)/gu, (_, base: string, marks: string) => base + [...marks].filter((mark) => keepsMark(base, mark)).join(''))
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/ ?- ?/g, '-')
    .trim();
}

const DIAERESIS = '\u0308';
const RING_ABOVE = '\u030A';

function keepsMark(base: string, mark: string): boolean {
  if (mark === DIAERESIS) return /^[aAoO]$/.test(base); // ä, ö
  if (mark === RING_ABOVE) return /^[aA]$/.test(base); // å
  return false;
}
