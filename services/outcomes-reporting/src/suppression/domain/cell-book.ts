import { DEFAULT_SUPPRESSION_THRESHOLD, suppressedMark, suppressSmallCells, type AdditiveRelation, type SuppressedMark } from './suppress-small-cells';

/** A derived figure (mean, share, median) whose inputs are hidden: it would give them away. */
export const HIDDEN_STATISTIC = 'suppressed' as const;
export type ShownValue = number | SuppressedMark | typeof HIDDEN_STATISTIC;

/**
 * Collects the counts of a report as cells with their additive relations, runs
 * suppressSmallCells once over all of them, and answers what each cell may show.
 */
export class CellBook {
  private readonly cells: Record<string, number> = {};
  private readonly published: string[] = [];
  private readonly relations: AdditiveRelation[] = [];
  private suppressed: ReadonlySet<string> | undefined;

  constructor(private readonly threshold = DEFAULT_SUPPRESSION_THRESHOLD) {}

  /** A count; `published: false` for one a reader does not see but could work out. */
  count(id: string, value: number, published = true): string {
    this.cells[id] = value;
    if (published) this.published.push(id);
    return id;
  }

  relate(total: string, parts: readonly string[]): void {
    this.relations.push({ total, parts });
  }

  private hidden(id: string): boolean {
    this.suppressed ??= suppressSmallCells({ cells: this.cells, published: this.published, relations: this.relations, threshold: this.threshold }).suppressed;
    return this.suppressed.has(id);
  }

  show(id: string): number | SuppressedMark {
    return this.hidden(id) ? suppressedMark(this.threshold) : this.cells[id];
  }

  /** A statistic computed from these cells: hidden when any of them is. */
  derived<T extends number | null>(value: T, from: readonly string[]): T | typeof HIDDEN_STATISTIC {
    return from.some((id) => this.hidden(id)) ? HIDDEN_STATISTIC : value;
  }

  /** How many cells were hidden, for a footnote. */
  summary(): { threshold: number; suppressed: number } {
    return { threshold: this.threshold, suppressed: this.published.filter((id) => this.hidden(id)).length };
  }
}
