/**
 * Small-cell suppression for published counts (docs/domain.md#structural-fund-reporting, small cells).
 *
 * Primary: a published cell with 1 <= value < threshold is suppressed (shown `<5`). Zeros
 * are shown: "nobody" identifies no one, and hiding zeros would hide that a group is absent.
 *
 * Secondary: counts are tied by additive relations (total = sum of parts). A relation in which
 * exactly one member is unknown to the reader lets the reader recover that member by
 * subtraction. Unknown = suppressed, or unpublished AND small (1..threshold-1): an unpublished
 * cell that is 0 or large is assumed known (a reader may guess "nobody declined to tell their
 * gender"), which is the cautious assumption. When a relation has exactly one unknown
 * member, one more published member is suppressed: the smallest non-zero part, else the
 * smallest part, else the total. This repeats until no relation has a single unknown member,
 * since each new suppression can expose another relation. Secondary cells are shown `<5`
 * too, so a reader cannot tell them from primary ones.
 *
 * What it does not protect against: interval reasoning (a suppressed cell is known to lie
 * between 0 and the total) and combinations of separately published reports; keep the
 * filters coarse enough (organisation, project, period) for that.
 */
export interface SuppressionInput {
  /** Every cell's true value, published or not. */
  cells: Readonly<Record<string, number>>;
  /** The cells the reader sees; the others take part in relations only. */
  published: readonly string[];
  relations: readonly AdditiveRelation[];
  /** Cells with 1 <= value < threshold are suppressed (default 5). */
  threshold?: number;
}

export interface AdditiveRelation {
  total: string;
  parts: readonly string[];
}

export interface SuppressionResult {
  /** Every suppressed cell (primary and secondary). */
  suppressed: ReadonlySet<string>;
  primary: ReadonlySet<string>;
  secondary: ReadonlySet<string>;
}

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;
/** How a suppressed cell is shown: `<5` with the default threshold. */
export type SuppressedMark = `<${number}`;
export const suppressedMark = (threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): SuppressedMark => `<${threshold}`;

export function suppressSmallCells(input: SuppressionInput): SuppressionResult {
  const threshold = input.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const value = (cell: string): number => {
    const v = input.cells[cell];
    if (v === undefined) throw new Error(`suppression: relation names unknown cell "${cell}"`);
    return v;
  };
  const small = (cell: string) => value(cell) >= 1 && value(cell) < threshold;
  const published = new Set(input.published);
  const primary = new Set(input.published.filter(small));
  const suppressed = new Set(primary);
  const secondary = new Set<string>();
  const unknown = (cell: string) => suppressed.has(cell) || (!published.has(cell) && small(cell));

  for (let changed = true; changed; ) {
    changed = false;
    for (const relation of input.relations) {
      const members = [relation.total, ...relation.parts];
      if (members.filter(unknown).length !== 1) continue;
      const candidate = pickSecondary(relation, (cell) => published.has(cell) && !suppressed.has(cell), value);
      if (candidate === undefined) continue; // nothing published left to hide: the reader cannot subtract either
      suppressed.add(candidate);
      secondary.add(candidate);
      changed = true;
    }
  }
  return { suppressed, primary, secondary };
}

function pickSecondary(relation: AdditiveRelation, available: (cell: string) => boolean, value: (cell: string) => number): string | undefined {
  const parts = relation.parts.filter(available).sort((a, b) => value(a) - value(b) || (a < b ? -1 : 1));
  return parts.find((cell) => value(cell) > 0) ?? parts[0] ?? (available(relation.total) ? relation.total : undefined);
}
