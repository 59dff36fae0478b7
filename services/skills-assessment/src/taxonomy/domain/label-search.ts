import { normaliseText } from './normalise-text';

/** How a label matched the query, best first. */
export type LabelMatch = 'exact' | 'prefix' | 'word-prefix' | 'substring' | 'words';
const MATCH_ORDER: readonly LabelMatch[] = ['exact', 'prefix', 'word-prefix', 'substring', 'words'];

export interface SearchOptions {
  /** At most this many results; default 20, clamped to 1..100. */
  limit?: number;
}
export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;

export interface LabelHit<T> {
  item: T;
  /** The label (preferred or alternative) that matched best, as written in the data. */
  matchedLabel: string;
  match: LabelMatch;
}

interface IndexedLabel {
  text: string;
  normalised: string;
  /** Padded with spaces so " q" finds a word start and every word is " w". */
  padded: string;
  preferred: boolean;
}

export interface LabelIndex<T> {
  search(query: string, options?: SearchOptions): LabelHit<T>[];
}

/**
 * An in-memory index over preferred and alternative labels. Ranking: exact > prefix >
 * word-prefix (the query starts a later word) > substring > every query word starts some word
 * of the label (any order). Within a rank a preferred label beats an alternative one, then the
 * shorter matched label wins (closer to what was typed), then alphabetical order, so results
 * are stable.
 */
export function createLabelIndex<T>(
  items: readonly T[],
  labelsOf: (item: T) => { preferred: string; alternatives: readonly string[] },
): LabelIndex<T> {
  const entries = items.map((item) => {
    const { preferred, alternatives } = labelsOf(item);
    const labels: IndexedLabel[] = [preferred, ...alternatives].map((text, i) => {
      const normalised = normaliseText(text);
      return { text, normalised, padded: ` ${normalised} `, preferred: i === 0 };
    });
    return { item, preferred, labels };
  });

  return {
    search(query, options = {}) {
      const q = normaliseText(query);
      if (q === '') return [];
      const words = q.split(' ');
      const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_SEARCH_LIMIT), 1), MAX_SEARCH_LIMIT);

      const hits: Array<LabelHit<T> & { rank: number; preferredLabel: boolean; length: number; sortKey: string }> = [];
      for (const entry of entries) {
        let best: { rank: number; label: IndexedLabel } | undefined;
        for (const label of entry.labels) {
          const rank = rankLabel(label, q, words);
          if (rank === undefined) continue;
          if (!best || isBetter(rank, label, best.rank, best.label)) best = { rank, label };
        }
        if (best) {
          hits.push({
            item: entry.item,
            matchedLabel: best.label.text,
            match: MATCH_ORDER[best.rank],
            rank: best.rank,
            preferredLabel: best.label.preferred,
            length: best.label.normalised.length,
            sortKey: entry.preferred,
          });
        }
      }
      hits.sort(
        (a, b) =>
          a.rank - b.rank ||
          Number(b.preferredLabel) - Number(a.preferredLabel) ||
          a.length - b.length ||
          a.sortKey.localeCompare(b.sortKey, 'en'),
      );
      return hits.slice(0, limit).map(({ item, matchedLabel, match }) => ({ item, matchedLabel, match }));
    },
  };
}

function rankLabel(label: IndexedLabel, q: string, words: readonly string[]): number | undefined {
  if (label.normalised === q) return 0;
  if (label.normalised.startsWith(q)) return 1;
  if (label.padded.includes(` ${q}`)) return 2;
  if (label.normalised.includes(q)) return 3;
  if (words.length > 1 && words.every((word) => label.padded.includes(` ${word}`))) return 4;
  return undefined;
}

function isBetter(rank: number, label: IndexedLabel, bestRank: number, bestLabel: IndexedLabel): boolean {
  if (rank !== bestRank) return rank < bestRank;
  if (label.preferred !== bestLabel.preferred) return label.preferred;
  return label.normalised.length < bestLabel.normalised.length;
}
