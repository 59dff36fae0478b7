/** The ESCO v1.1.1 records this service ships (see data/esco/README.md). */
export interface EscoOccupation {
  conceptUri: string;
  preferredLabel: string;
  altLabels: string[];
  /** ISCO-08 unit group code, e.g. "8344". */
  iscoGroup: string;
}

export type EscoSkillCollection = 'transversal' | 'language' | 'ict';

export interface EscoSkill {
  conceptUri: string;
  preferredLabel: string;
  altLabels: string[];
  skillType: 'skill/competence' | 'knowledge';
  /** The shipped collections the skill belongs to; a skill may be in more than one. */
  collections: EscoSkillCollection[];
  broaderConceptUris: string[];
}

export interface EscoSkillGroup {
  conceptUri: string;
  /** Last segment of the URI: "S1.8.1", an ISCED-F code such as "0011", or a UUID. */
  code: string;
  preferredLabel: string;
  altLabels: string[];
  /** Parent group in the skills hierarchy, absent at the top. */
  broaderUri?: string;
}

export interface EscoIscoGroup {
  code: string;
  preferredLabel: string;
}

export interface EscoCatalogue {
  occupations: readonly EscoOccupation[];
  skills: readonly EscoSkill[];
  skillGroups: readonly EscoSkillGroup[];
  iscoGroups: readonly EscoIscoGroup[];
}
