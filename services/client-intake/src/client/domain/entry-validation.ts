import { clientError } from './client-errors';
import { isUnemployedStatus, ISCED_LEVELS, type EntryData, type LabourMarketSituation } from './entry-data';

/** Months go with the unemployed statuses and only with them: a whole, non-negative number. */
export function assertLabourMarketSituation(situation: Partial<LabourMarketSituation>): void {
  const { labourMarketStatus, unemploymentMonths } = situation;
  if (unemploymentMonths !== undefined && !(Number.isInteger(unemploymentMonths) && unemploymentMonths >= 0)) {
    throw clientError('INVALID_UNEMPLOYMENT_MONTHS', 'Unemployment duration must be a whole number of months, 0 or more.');
  }
  if (labourMarketStatus !== undefined && isUnemployedStatus(labourMarketStatus)) {
    if (unemploymentMonths === undefined) {
      throw clientError('UNEMPLOYMENT_MONTHS_REQUIRED', 'An unemployed client needs the unemployment duration in months.', {
        labourMarketStatus,
      });
    }
  } else if (unemploymentMonths !== undefined) {
    throw clientError('UNEMPLOYMENT_MONTHS_NOT_APPLICABLE', 'Unemployment duration is recorded only for unemployed clients.', {
      labourMarketStatus: labourMarketStatus ?? null,
    });
  }
}

export function assertEntryData(entry: EntryData): void {
  assertLabourMarketSituation(entry);
  const isced = entry.highestEducationIsced;
  if (isced !== undefined && !(ISCED_LEVELS as readonly number[]).includes(isced)) {
    throw clientError('INVALID_ISCED_LEVEL', 'Highest education must be an ISCED level from 0 to 8.');
  }
}
