/** Small text helpers shared by the builders: pure, locale-independent, deterministic. */

/** Collapses runs of whitespace (including newlines) into single spaces and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "a", "a ja b", "a, b ja c" (the conjunction is the language's `and`). */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** Adds a full stop unless the text already ends a sentence. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  return /[.!?…:;”"')]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Shortens to at most `max` characters. Keeps whole sentences when at least half of the
 * allowance is left that way, else whole words with an ellipsis, so a cut never ends mid-word.
 */
export function truncateText(text: string, max: number): string {
  const clean = collapseWhitespace(text);
  if (clean.length <= max) return clean;
  const slice = clean.slice(0, max);
  const sentenceEnd = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('! '), slice.lastIndexOf('? '));
  if (sentenceEnd >= max / 2) return slice.slice(0, sentenceEnd + 1);
  const wordEnd = clean.slice(0, max - 1).lastIndexOf(' ');
  const cut = wordEnd > 0 ? clean.slice(0, wordEnd) : clean.slice(0, max - 1);
  return `${cut.replace(/[\s,;:.–-]+$/, '')}…`;
}

/** First letter upper case, as at the start of a sentence or a list item. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toLocaleUpperCase() + text.slice(1);
}

/**
 * How a name written as a title ("Trukkikortti", "Forklift licence") reads inside a sentence:
 * the first letter lower case, unless the name looks like a proper name or an acronym, i.e. its
 * first word has another capital ("SAP-osaaminen") or a later word of two or more letters
 * starts with one ("Microsoft Excel", "Vocational Qualification in Logistics").
 */
export function inSentence(name: string): string {
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  const laterCapital = words.slice(1).some((word) => /^[^\p{L}]*\p{Lu}\p{L}/u.test(word));
  if (!/^\p{Lu}[^\p{Lu}]*$/u.test(first) || laterCapital) return name;
  return first[0]!.toLocaleLowerCase() + name.slice(1);
}
