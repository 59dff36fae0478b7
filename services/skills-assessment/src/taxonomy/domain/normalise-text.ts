/**
 * Folds text for matching: lower case, diacritics removed (é -> e, ä -> a, å -> a), and every
 * run of punctuation or white space turned into one space, so "Waiter/Waitress" and
 * "waiter waitress" compare equal and each word can be matched at its start.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
