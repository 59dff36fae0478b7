/** Aggregates for small groups can identify people (docs/domain.md#structural-fund-reporting): counts under 5 are shown as `<5`. */
export const SMALL_CELL_LIMIT = 5;
export type Cell = number | '<5';

export function suppressSmall(count: number): Cell {
  return count > 0 && count < SMALL_CELL_LIMIT ? '<5' : count;
}
