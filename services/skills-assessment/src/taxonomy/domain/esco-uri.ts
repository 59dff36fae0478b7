/**
 * ESCO concept URIs as ESCO publishes them. Skills and skill groups live under
 * `/esco/skill/` (a UUID for a skill, a code such as `S1.8.1` or `A1.10` for a group); occupations under
 * `/esco/occupation/` with a UUID.
 */
const SKILL_URI = /^http:\/\/data\.europa\.eu\/esco\/skill\/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Z](?:\d+(?:\.\d+)*)?)$/;
const OCCUPATION_URI = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isEscoSkillUri(uri: string): boolean {
  return SKILL_URI.test(uri);
}

export function isEscoOccupationUri(uri: string): boolean {
  return OCCUPATION_URI.test(uri);
}
