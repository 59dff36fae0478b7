import type { JsonSchema } from '../published-schema';
import { breakingChanges } from './compare-schemas';
import { removableFrom, type Deprecation } from './deprecations';

/** The snapshot of a released version: `libs/contracts/released/<Type>.v<version>.json`. */
export interface ReleasedSnapshot {
  key: string;
  schema: JsonSchema;
}

export const SNAPSHOT_FILE = /^([A-Z][A-Za-z0-9]*)\.v([1-9][0-9]*)\.json$/;
const EVENT_KEY = /^[A-Z][A-Za-z0-9]*\.v[1-9][0-9]*$/;

export function snapshotFileName(eventKey: string): string {
  return `${eventKey}.json`;
}

/**
 * Every way the registry breaks the release rules, as readable lines (empty = fine):
 * a registered version without a snapshot (not yet released: run the generator), a breaking
 * change against its snapshot, a released version removed without a deprecation entry or
 * before its deprecation period ended, and deprecation entries that point nowhere.
 */
export function releaseViolations(input: {
  registered: ReadonlyMap<string, JsonSchema>;
  released: readonly ReleasedSnapshot[];
  deprecations: readonly Deprecation[];
  /** ISO date (YYYY-MM-DD) the check runs on. */
  today: string;
}): string[] {
  const { registered, released, deprecations, today } = input;
  const releasedKeys = new Set(released.map((s) => s.key));
  const violations: string[] = [];
  for (const key of registered.keys()) {
    if (!releasedKeys.has(key)) violations.push(`${key} has no released snapshot`);
  }
  for (const snapshot of released) {
    const current = registered.get(snapshot.key);
    if (current) {
      for (const change of breakingChanges(snapshot.schema, current)) {
        violations.push(`${snapshot.key}: breaking change at ${change.path || '/'} (${change.kind}: ${change.detail}) needs a new version`);
      }
      continue;
    }
    const deprecation = deprecations.find((d) => d.event === snapshot.key && wellFormed(d));
    if (!deprecation) violations.push(`${snapshot.key} was released but is no longer registered, and has no deprecation entry`);
    else if (today < removableFrom(deprecation)) {
      violations.push(`${snapshot.key} was removed before its deprecation period ended (deprecated ${deprecation.deprecatedOn}, removable from ${removableFrom(deprecation)})`);
    }
  }
  for (const deprecation of deprecations) {
    if (!wellFormed(deprecation)) {
      violations.push(`deprecation of ${deprecation.event}: needs replacedBy "<Type>.v<n>", deprecatedOn "YYYY-MM-DD" and a note`);
      continue;
    }
    if (!releasedKeys.has(deprecation.event)) violations.push(`deprecation of ${deprecation.event}: no such released version`);
    if (!registered.has(deprecation.replacedBy)) violations.push(`deprecation of ${deprecation.event}: its replacement ${deprecation.replacedBy} is not registered`);
  }
  return violations;
}

function wellFormed(d: Deprecation): boolean {
  return EVENT_KEY.test(d.replacedBy) && /^\d{4}-\d{2}-\d{2}$/.test(d.deprecatedOn) && !Number.isNaN(Date.parse(d.deprecatedOn)) && Boolean(d.note?.trim());
}
