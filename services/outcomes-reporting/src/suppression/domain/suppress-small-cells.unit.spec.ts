import { suppressSmallCells, type SuppressionInput } from './suppress-small-cells';

/** One row: total = woman + man + nonBinary + notTold, with notTold unpublished (docs/domain.md#structural-fund-reporting: by gender = w, m, nb). */
function genderRow(total: number, woman: number, man: number, nonBinary: number, notTold: number): SuppressionInput {
  return {
    cells: { total, woman, man, nonBinary, notTold },
    published: ['total', 'woman', 'man', 'nonBinary'],
    relations: [{ total: 'total', parts: ['woman', 'man', 'nonBinary', 'notTold'] }],
  };
}
const sorted = (cells: ReadonlySet<string>) => [...cells].sort();

describe('suppressSmallCells', () => {
  it('hides 1-4 and shows 0 and 5', () => {
    const result = suppressSmallCells({ cells: { a: 0, b: 1, c: 4, d: 5 }, published: ['a', 'b', 'c', 'd'], relations: [] });
    expect(sorted(result.suppressed)).toEqual(['b', 'c']);
  });

  it('one gender cell under 5: the next smallest non-zero gender cell is hidden too (20 = 12 + 6 + 2)', () => {
    const result = suppressSmallCells(genderRow(20, 12, 6, 2, 0));
    expect(sorted(result.primary)).toEqual(['nonBinary']);
    expect(sorted(result.secondary)).toEqual(['man']);
    // The reader now sees 20 = 12 + ? + ?: man and non-binary cannot be told apart.
  });

  it('two gender cells under 5 need nothing more (20 = 10 + 7 + 2 + 1 not told)', () => {
    const result = suppressSmallCells(genderRow(20, 10, 7, 2, 1));
    expect(sorted(result.suppressed)).toEqual(['nonBinary']);
    expect(result.secondary.size).toBe(0); // the unpublished not-told 1 is the second unknown
  });

  it('a small unpublished not-told count would be revealed by subtraction: one shown cell is hidden (15 = 6 + 7 + 0 + 2)', () => {
    const result = suppressSmallCells(genderRow(15, 6, 7, 0, 2));
    expect(result.primary.size).toBe(0);
    expect(sorted(result.secondary)).toEqual(['woman']); // the smallest non-zero part; the zero is left shown
  });

  it('a small total hides its non-zero parts; zeros stay (3 = 2 + 1 + 0)', () => {
    const result = suppressSmallCells(genderRow(3, 2, 1, 0, 0));
    expect(sorted(result.suppressed)).toEqual(['man', 'total', 'woman']);
    expect(result.secondary.size).toBe(0);
  });

  it('hides the total when no published part is left to hide', () => {
    const result = suppressSmallCells({ cells: { t: 10, a: 3, b: 7 }, published: ['t', 'a'], relations: [{ total: 't', parts: ['a', 'b'] }] });
    expect(sorted(result.secondary)).toEqual(['t']);
  });

  it('cascades: a secondary cell exposed by another relation gets a partner there too', () => {
    // t1 = a + b (12 = 2 + 10), t2 = b + c (18 = 10 + 8). Hiding a forces b; hiding b forces c.
    const result = suppressSmallCells({
      cells: { t1: 12, a: 2, b: 10, t2: 18, c: 8 },
      published: ['t1', 'a', 'b', 't2', 'c'],
      relations: [
        { total: 't1', parts: ['a', 'b'] },
        { total: 't2', parts: ['b', 'c'] },
      ],
    });
    expect(sorted(result.primary)).toEqual(['a']);
    expect(sorted(result.secondary)).toEqual(['b', 'c']);
  });

  it('leaves no relation with exactly one unknown member, on random tables', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const cells: Record<string, number> = {};
      const relations: SuppressionInput['relations'][number][] = [];
      const published: string[] = [];
      for (let r = 0; r < 4; r++) {
        const parts = ['w', 'm', 'nb', 'nt'].map((g) => `${r}.${g}`);
        for (const part of parts) cells[part] = Math.floor(random() * 9);
        cells[`${r}.t`] = parts.reduce((sum, p) => sum + cells[p], 0);
        published.push(`${r}.t`, `${r}.w`, `${r}.m`, `${r}.nb`);
        relations.push({ total: `${r}.t`, parts });
      }
      // column totals across the four rows, published
      for (const g of ['t', 'w', 'm', 'nb']) {
        cells[`all.${g}`] = [0, 1, 2, 3].reduce((sum, r) => sum + cells[`${r}.${g}`], 0);
        published.push(`all.${g}`);
        relations.push({ total: `all.${g}`, parts: [0, 1, 2, 3].map((r) => `${r}.${g}`) });
      }
      const { suppressed } = suppressSmallCells({ cells, published, relations });
      const unknown = (c: string) => suppressed.has(c) || (!published.includes(c) && cells[c] >= 1 && cells[c] < 5);
      for (const relation of relations) {
        const unknowns = [relation.total, ...relation.parts].filter(unknown);
        const fixable = [relation.total, ...relation.parts].some((c) => published.includes(c));
        if (fixable) expect(unknowns.length).not.toBe(1);
      }
      for (const cell of published) if (cells[cell] >= 1 && cells[cell] < 5) expect(suppressed.has(cell)).toBe(true);
    }
  });
});
