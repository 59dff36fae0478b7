import { REGION_RESULT_KEYS, type RegionalRollUp, type RegionFigures } from '../../indicators/domain/regional-roll-up';
import { CellBook } from './cell-book';
import type { Shown } from './suppress-metrics';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './suppress-small-cells';

export type ShownRegionalRollUp = Shown<RegionalRollUp> & { suppression: { threshold: number; suppressed: number } };

const FIGURES: readonly (keyof RegionFigures)[] = ['participants', 'leavers', ...REGION_RESULT_KEYS];

/**
 * The reporter's view of the regional roll-up: counts of 1-4 shown as `<5`, with the relations
 * a reader could subtract along: each column's total is the sum of the regions and the unknown
 * row; in each row, the participants are the leavers and those still in the process, and the
 * leavers are the statuses counted and the rest (unpublished). A region of a few participants
 * therefore hides, and so does whatever would give it away.
 */
export function suppressRegionalRollUp(rollUp: RegionalRollUp, threshold = DEFAULT_SUPPRESSION_THRESHOLD): ShownRegionalRollUp {
  const book = new CellBook(threshold);
  const rows: [string, RegionFigures][] = [...rollUp.regions.map((r): [string, RegionFigures] => [r.code, r]), ['unknown', rollUp.unknownRegion], ['total', rollUp.total]];
  for (const [row, figures] of rows) {
    for (const figure of FIGURES) book.count(`${row}.${figure}`, figures[figure]);
    const counted = REGION_RESULT_KEYS.reduce((sum, key) => sum + figures[key], 0);
    book.relate(`${row}.leavers`, [...REGION_RESULT_KEYS.map((key) => `${row}.${key}`), book.count(`${row}.otherLeavers`, figures.leavers - counted, false)]);
    book.relate(`${row}.participants`, [`${row}.leavers`, book.count(`${row}.stillIn`, figures.participants - figures.leavers, false)]);
  }
  for (const figure of FIGURES) book.relate(`total.${figure}`, rows.filter(([row]) => row !== 'total').map(([row]) => `${row}.${figure}`));

  const show = (row: string) => Object.fromEntries(FIGURES.map((figure) => [figure, book.show(`${row}.${figure}`)])) as Shown<RegionFigures>;
  return {
    regions: rollUp.regions.map((region) => ({ code: region.code, nameFi: region.nameFi, nameSv: region.nameSv, nameEn: region.nameEn, ...show(region.code) })),
    unknownRegion: show('unknown'),
    total: show('total'),
    suppression: book.summary(),
  };
}
