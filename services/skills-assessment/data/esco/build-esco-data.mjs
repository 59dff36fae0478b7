// Regenerates the compact ESCO JSON files this service ships (occupations, the transversal,
// language and ICT skill collections, skill groups, ISCO groups) from the official ESCO
// v1.1.1 CSV files. Run from the repository root:
//   node services/skills-assessment/data/esco/build-esco-data.mjs <path/to/esco-v1.1.1>
// (the folder of the ESCO v1.1.1 CSV download, English). Output is
// deterministic (sorted by URI) so a re-run on the same CSVs produces no diff.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
if (!process.argv[2]) {
  console.error('usage: node services/skills-assessment/data/esco/build-esco-data.mjs <folder of the ESCO v1.1.1 CSV files>');
  process.exit(2);
}
const sourceDir = path.resolve(process.argv[2]);

/**
 * RFC 4180 CSV: fields may be quoted, quoted fields may hold commas, doubled quotes and line
 * breaks; records end in LF or CRLF (skillsHierarchy_en.csv uses CRLF, the others LF).
 * Written by hand so the build needs no extra package.
 */
export function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const records = [];
  let record = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"') {
      if (field !== '') throw new Error(`stray quote inside an unquoted field at offset ${i}`);
      inQuotes = true;
    } else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (inQuotes) throw new Error('unterminated quoted field at end of file');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function readCsv(name) {
  const [header, ...rows] = parseCsv(readFileSync(path.join(sourceDir, name), 'utf8'));
  return rows
    .filter((row) => !(row.length === 1 && row[0] === ''))
    .map((row, index) => {
      if (row.length !== header.length) {
        throw new Error(`${name} record ${index + 2}: ${row.length} fields, header has ${header.length}`);
      }
      return Object.fromEntries(header.map((column, i) => [column, row[i]]));
    });
}

/** Occupations and skill groups list alternative labels one per line; collections use " | ". */
const splitLines = (value) => uniqueLabels(value.split('\n'));
const splitPipes = (value) => uniqueLabels(value.split(' | '));
function uniqueLabels(labels) {
  return [...new Set(labels.map((label) => label.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}
const byUri = (a, b) => (a.conceptUri < b.conceptUri ? -1 : a.conceptUri > b.conceptUri ? 1 : 0);

const occupations = readCsv('occupations_en.csv')
  .map((row) => ({
    conceptUri: row.conceptUri,
    preferredLabel: row.preferredLabel.trim(),
    altLabels: splitLines(row.altLabels).filter((label) => label !== row.preferredLabel.trim()),
    iscoGroup: row.iscoGroup,
  }))
  .sort(byUri);

const collections = [
  ['transversal', 'transversalSkillsCollection_en.csv'],
  ['language', 'languageSkillsCollection_en.csv'],
  ['ict', 'ictSkillsCollection_en.csv'],
];
const skills = new Map();
for (const [collection, file] of collections) {
  for (const row of readCsv(file)) {
    const existing = skills.get(row.conceptUri);
    if (existing) {
      existing.collections.push(collection); // e.g. the ICT skills are also transversal
      continue;
    }
    skills.set(row.conceptUri, {
      conceptUri: row.conceptUri,
      preferredLabel: row.preferredLabel.trim(),
      altLabels: splitPipes(row.altLabels).filter((label) => label !== row.preferredLabel.trim()),
      skillType: row.skillType,
      collections: [collection],
      broaderConceptUris: row.broaderConceptUri ? splitPipes(row.broaderConceptUri) : [],
    });
  }
}

// Parents of the skills hierarchy (S, K, T, L codes): each row is one path from level 0 down.
const parentOf = new Map();
for (const row of readCsv('skillsHierarchy_en.csv')) {
  const levels = [0, 1, 2, 3].map((n) => row[`Level ${n} URI`]).filter(Boolean);
  for (let i = 1; i < levels.length; i++) parentOf.set(levels[i], levels[i - 1]);
}
const skillGroups = readCsv('skillGroups_en.csv')
  .map((row) => {
    const code = row.conceptUri.slice(row.conceptUri.lastIndexOf('/') + 1);
    // ISCED-F fields nest by code: 0011 sits under 001, which sits under 00.
    const iscedParent = row.conceptUri.includes('/isced-f/') && code.length > 2
      ? row.conceptUri.slice(0, row.conceptUri.length - 1)
      : undefined;
    const broaderUri = parentOf.get(row.conceptUri) ?? iscedParent;
    return {
      conceptUri: row.conceptUri,
      code,
      preferredLabel: row.preferredLabel.trim(),
      altLabels: splitLines(row.altLabels).filter((label) => label !== row.preferredLabel.trim()),
      ...(broaderUri ? { broaderUri } : {}),
    };
  })
  .sort(byUri);

const iscoGroups = readCsv('ISCOGroups_en.csv')
  .map((row) => ({ code: row.code, preferredLabel: row.preferredLabel.trim() }))
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

// One record per line: compact, yet a diff of a regenerated file stays readable.
function writeJsonLines(name, records) {
  const body = records.map((record) => JSON.stringify(record)).join(',\n');
  writeFileSync(path.join(here, name), `[\n${body}\n]\n`);
  console.log(`${name}: ${records.length} records`);
}
writeJsonLines('occupations.json', occupations);
writeJsonLines('skills.json', [...skills.values()].sort(byUri));
writeJsonLines('skill-groups.json', skillGroups);
writeJsonLines('isco-groups.json', iscoGroups);
