import deprecationsFile from '../../released/deprecations.json';

/**
 * How long a superseded version keeps being published alongside its successor before it may
 * be removed from the registry. Consumers get this long to move to the new version.
 */
export const DEPRECATION_PERIOD_MONTHS = 6;

/** An entry of `libs/contracts/released/deprecations.json`. */
export interface Deprecation {
  /** `<Type>.v<version>` being retired. */
  event: string;
  /** ISO date the deprecation was announced (the new version published the same day or earlier). */
  deprecatedOn: string;
  /** `<Type>.v<version>` consumers should move to. */
  replacedBy: string;
  /** What changed and what consumers must do. */
  note: string;
}

export const DEPRECATIONS: readonly Deprecation[] = deprecationsFile as Deprecation[];

/** The first day the deprecated version may be removed: deprecatedOn + the period. */
export function removableFrom(deprecation: Pick<Deprecation, 'deprecatedOn'>, months = DEPRECATION_PERIOD_MONTHS): string {
  const date = new Date(`${deprecation.deprecatedOn}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`deprecatedOn "${deprecation.deprecatedOn}" is not a date`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

export function deprecationOf(eventKey: string, deprecations: readonly Deprecation[] = DEPRECATIONS): Deprecation | undefined {
  return deprecations.find((d) => d.event === eventKey);
}
