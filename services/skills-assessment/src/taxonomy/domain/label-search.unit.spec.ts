import { createLabelIndex } from './label-search';
import { normaliseText } from './normalise-text';

interface Thing {
  id: string;
  label: string;
  alt: string[];
}
const things: Thing[] = [
  { id: 'substring', label: 'arc-welding supervisor', alt: [] },
  { id: 'word-prefix', label: 'pipe welder', alt: [] },
  { id: 'prefix', label: 'welder assistant', alt: [] },
  { id: 'exact', label: 'Welder', alt: [] },
  { id: 'alt-exact', label: 'metal joiner', alt: ['welder'] },
  { id: 'words', label: 'welding of pipes', alt: [] },
  { id: 'accents', label: 'façade cleaner', alt: ['Käsityöläinen'] },
];
const index = createLabelIndex(things, (t) => ({ preferred: t.label, alternatives: t.alt }));

describe('normaliseText', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(normaliseText('  Façade-Cleaner / Ä ö Å  ')).toBe('facade cleaner a o a');
    expect(normaliseText('waiter/waitress')).toBe('waiter waitress');
  });
});

describe('label index ranking', () => {
  it('ranks exact > prefix > word-prefix > substring, preferred before alternative labels', () => {
    const hits = index.search('welder');
    expect(hits.map((h) => [h.item.id, h.match])).toEqual([
      ['exact', 'exact'],
      ['alt-exact', 'exact'],
      ['prefix', 'prefix'],
      ['word-prefix', 'word-prefix'],
    ]);
    expect(hits[1].matchedLabel).toBe('welder');
  });

  it('finds substrings and, for several words, labels holding every word in any order', () => {
    // Both are substring matches: the shorter label comes first.
    expect(index.search('elding').map((h) => [h.item.id, h.match])).toEqual([
      ['words', 'substring'],
      ['substring', 'substring'],
    ]);
    expect(index.search('pipes welding').map((h) => [h.item.id, h.match])).toEqual([['words', 'words']]);
  });

  it('ignores case and diacritics on both sides', () => {
    expect(index.search('FACADE').map((h) => h.item.id)).toEqual(['accents']);
    expect(index.search('kasityo')[0]).toEqual({ item: things[6], matchedLabel: 'Käsityöläinen', match: 'prefix' });
    expect(index.search('käsityö').map((h) => h.item.id)).toEqual(['accents']);
  });

  it('returns nothing for a blank query and honours the limit (clamped to 1..100)', () => {
    expect(index.search('  -- ')).toEqual([]);
    expect(index.search('welder', { limit: 2 })).toHaveLength(2);
    expect(index.search('welder', { limit: 0 })).toHaveLength(1);
  });
});
