import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EscoCatalogue } from './esco-types';

/**
 * The generated JSON under services/skills-assessment/data/esco: reference data shipped with the
 * code, read once at start-up (never at decision time). The build copies JSON files to dist/
 * with the same layout, so this relative path holds in the source tree and in dist.
 */
export const DEFAULT_ESCO_DATA_DIR = path.resolve(__dirname, '../../../data/esco');

export function loadEscoCatalogue(dataDir: string = DEFAULT_ESCO_DATA_DIR): EscoCatalogue {
  const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as T;
  return {
    occupations: read('occupations.json'),
    skills: read('skills.json'),
    skillGroups: read('skill-groups.json'),
    iscoGroups: read('isco-groups.json'),
  };
}
