import { idProperty } from './profile-fields.v1';

/**
 * A work or education history entry as published: title and years only. The employer or
 * institution is left out on purpose: it is not the client's personal data as such, but
 * together with a title and years it can single a person out, and no consumer of these events
 * needs it (document generation reads it over the internal API). The free-text description
 * is personal data and never published; `hasDescription` says whether there is one.
 */
export interface PublishedHistoryEntryV1 {
  entryId: string;
  title: string;
  startYear: number;
  endYear?: number;
  hasDescription: boolean;
}

export const historyEntryProperties = (what: string) =>
  ({
    entryId: idProperty(`${what} entry`),
    title: { type: 'string', minLength: 1, maxLength: 200, description: `Title of the ${what} (a job title or a qualification), as written in the profile.` },
    startYear: { type: 'integer', minimum: 1900, maximum: 2200, description: 'Year it started.' },
    endYear: { type: 'integer', minimum: 1900, maximum: 2200, nullable: true, description: 'Year it ended (or is planned to end); absent while ongoing.' },
    hasDescription: { type: 'boolean', description: 'Whether the profile holds a description (personal data, not published).' },
  }) as const;

export const HISTORY_ENTRY_REQUIRED = ['entryId', 'title', 'startYear', 'hasDescription'] as const;
