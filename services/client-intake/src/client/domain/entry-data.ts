/**
 * The participant data the Structural Fund needs at entry
 * (docs/domain.md#structural-fund-reporting). These are categories, not direct identifiers:
 * they stay in clear text inside events so the relay can publish them without decrypting
 * anything. The voluntary disadvantage answers are different (sensitive, consent-based): see
 * voluntary-answers.ts.
 */

export const GENDERS = ['woman', 'man', 'non-binary', 'not-told'] as const;
export type Gender = (typeof GENDERS)[number];

export const LABOUR_MARKET_STATUSES = [
  'employed',
  'self-employed',
  'unemployed',
  'long-term-unemployed',
  'inactive',
  'in-education',
] as const;
export type LabourMarketStatus = (typeof LABOUR_MARKET_STATUSES)[number];

/** The statuses that come with an unemployment duration (in whole months). */
export const UNEMPLOYED_STATUSES: readonly LabourMarketStatus[] = ['unemployed', 'long-term-unemployed'];

/** ISCED 2011 levels: 0 early childhood ... 8 doctoral. */
export const ISCED_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
export type IscedLevel = (typeof ISCED_LEVELS)[number];

/**
 * Labour-market status as told at an entry (or re-entry). The duration is the current
 * continuous unemployment; whether that makes someone long-term unemployed for an indicator
 * (over 6 months under 25, over 12 months from 25) is left to reporting, which has both the
 * months and the age: the status here is recorded as the client or the employment authority
 * gives it, not second-guessed.
 */
export interface LabourMarketSituation {
  labourMarketStatus: LabourMarketStatus;
  /** Present exactly when the status is unemployed or long-term unemployed. */
  unemploymentMonths?: number;
}

/** What the advisor records at entry; absent fields are not known (yet). */
export interface EntryData {
  gender: Gender;
  labourMarketStatus?: LabourMarketStatus;
  unemploymentMonths?: number;
  highestEducationIsced?: IscedLevel;
}

/** EntryData plus the age the decider computed from the date of birth and the entry date. */
export interface EntryFacts extends EntryData {
  /** Completed years on the entry date; reporting bands it (ESF 2014-2020 and ESF+ differ). */
  ageAtEntry: number;
}

/**
 * docs/domain.md#structural-fund-reporting: a record counts only when gender, employment status, age and education are all
 * known. Age always is (the date of birth is required and checked against the identity code).
 *
 * Gender 'not-told' does NOT make the record complete: it is an honest answer and is kept,
 * but for the Fund it means the gender is unknown, and ESF participant records with an
 * unknown gender could not be counted (ESF 2014-2020 practice the rule comes from).
 * 'non-binary' is a known gender and counts. Change it here, in one place, if the managing
 * authority rules otherwise.
 */
export function isEntryDataComplete(entry: EntryFacts): boolean {
  return (
    entry.gender !== 'not-told' &&
    entry.labourMarketStatus !== undefined &&
    entry.highestEducationIsced !== undefined &&
    Number.isInteger(entry.ageAtEntry)
  );
}

export function isUnemployedStatus(status: LabourMarketStatus): boolean {
  return UNEMPLOYED_STATUSES.includes(status);
}
