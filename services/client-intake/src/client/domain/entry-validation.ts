import { refuse } from '../../client-intake.errors';
import { isUnemployedStatus, ISCED_LEVELS, type EntryData, type LabourMarketSituation } from './entry-data';

/** Months go with the unemployed statuses and only with them: a whole, non-negative number. */
export function assertLabourMarketSituation(situation: Partial<LabourMarketSituation>): void {
  const { labourMarketStatus, unemploymentMonths } = situation;
  if (unemploymentMonths !== undefined && !(Number.isInteger(unemploymentMonths) && unemploymentMonths >= 0)) {
    throw refuse('CLIENT.INVALID_UNEMPLOYMENT_MONTHS');
  }
  if (labourMarketStatus !== undefined && isUnemployedStatus(labourMarketStatus)) {
    if (unemploymentMonths === undefined) {
      throw refuse('CLIENT.UNEMPLOYMENT_MONTHS_REQUIRED', {
        labourMarketStatus,
      });
    }
  } else if (unemploymentMonths !== undefined) {
    throw refuse('CLIENT.UNEMPLOYMENT_MONTHS_NOT_APPLICABLE', {
      labourMarketStatus: labourMarketStatus ?? null,
    });
  }
}

export function assertEntryData(entry: EntryData): void {
  assertLabourMarketSituation(entry);
  const isced = entry.highestEducationIsced;
  if (isced !== undefined && !(ISCED_LEVELS as readonly number[]).includes(isced)) {
    throw refuse('CLIENT.INVALID_ISCED_LEVEL');
  }
}
