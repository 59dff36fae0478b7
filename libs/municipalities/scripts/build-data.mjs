// Builds data/municipalities-<year>.json and data/regions-<year>.json from the JSON that
// Statistics Finland's classification service returns. It downloads nothing: fetch the seven
// files by hand (URLs in ../data/SOURCE.md), put them in one folder, then run
//
//   node libs/municipalities/scripts/build-data.mjs <year> <folder>
//
// The folder holds kunta_fi.json, kunta_sv.json, kunta_en.json, maakunta_fi.json,
// maakunta_sv.json, maakunta_en.json (classificationItems of kunta_1_<year>0101 and
// maakunta_1_<year>0101) and kunta_maakunta.json (maps of the correspondence table
// kunta_1_<year>0101#maakunta_1_<year>0101). The script refuses inconsistent input (a code
// without a name in some language, a municipality in no or two regions, an unknown region) and
// prints the counts; compare them with Statistics Finland's announcement of the year's changes
// before committing. Not part of the build and not run by the tests.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const [year, folder] = process.argv.slice(2);
if (!/^\d{4}$/.test(year ?? '') || !folder) {
  console.error('usage: node build-data.mjs <year> <folder with the downloaded JSON>');
  process.exit(2);
}
const dataDir = path.resolve(import.meta.dirname, '..', 'data');
const read = async (name) => JSON.parse(await readFile(path.join(folder, name), 'utf8'));
const fail = (message) => {
  throw new Error(message);
};

// The classification's own spelling, with the few deliberate departures the library documents.
// 478: Statistics Finland's Finnish label is the bilingual 'Maarianhamina - Mariehamn'; the
// library's Finnish name is 'Maarianhamina' and the official form stays a lookup alias.
const FINNISH_NAME_OVERRIDES = { 478: { name_fi: 'Maarianhamina', aliases: ['Maarianhamina - Mariehamn'] } };

function namesByCode(items, lang, expectedLevel = 1) {
  const names = new Map();
  for (const item of items) {
    if (item.level !== expectedLevel) fail(`unexpected level ${item.level} for ${item.code}`);
    const name = item.classificationItemNames.find((n) => n.lang === lang)?.name?.trim();
    if (!name) fail(`no ${lang} name for ${item.code}`);
    if (names.has(item.code)) fail(`duplicate code ${item.code}`);
    names.set(item.code, name.replace(/\s+/g, ' '));
  }
  return names;
}

const [kuntaFi, kuntaSv, kuntaEn, maakuntaFi, maakuntaSv, maakuntaEn, maps] = await Promise.all(
  ['kunta_fi', 'kunta_sv', 'kunta_en', 'maakunta_fi', 'maakunta_sv', 'maakunta_en', 'kunta_maakunta'].map((n) => read(`${n}.json`)),
);
const mFi = namesByCode(kuntaFi, 'fi');
const mSv = namesByCode(kuntaSv, 'sv');
const mEn = namesByCode(kuntaEn, 'en');
const rFi = namesByCode(maakuntaFi, 'fi');
const rSv = namesByCode(maakuntaSv, 'sv');
const rEn = namesByCode(maakuntaEn, 'en');

const sameKeys = (a, b) => a.size === b.size && [...a.keys()].every((k) => b.has(k));
if (!sameKeys(mFi, mSv) || !sameKeys(mFi, mEn)) fail('municipality codes differ between languages');
if (!sameKeys(rFi, rSv) || !sameKeys(rFi, rEn)) fail('region codes differ between languages');
for (const code of mFi.keys()) if (!/^\d{3}$/.test(code)) fail(`municipality code ${code} is not 3 digits`);
for (const code of rFi.keys()) if (!/^\d{2}$/.test(code)) fail(`region code ${code} is not 2 digits`);

const regionOf = new Map();
for (const map of maps) {
  const from = map.sourceItem?.code;
  const to = map.targetItem?.code;
  if (!mFi.has(from)) fail(`correspondence names unknown municipality ${from}`);
  if (!rFi.has(to)) fail(`correspondence names unknown region ${to}`);
  if (regionOf.has(from) && regionOf.get(from) !== to) fail(`municipality ${from} is in two regions`);
  regionOf.set(from, to);
}
for (const code of mFi.keys()) if (!regionOf.has(code)) fail(`municipality ${code} has no region`);

const municipalities = [...mFi.keys()].sort().map((code) => {
  const override = FINNISH_NAME_OVERRIDES[Number(code)] ?? {};
  const name_fi = override.name_fi ?? mFi.get(code);
  const entry = { code, name_fi };
  if (mSv.get(code) !== name_fi) entry.name_sv = mSv.get(code);
  if (mEn.get(code) !== name_fi) entry.name_en = mEn.get(code);
  entry.region_code = regionOf.get(code);
  if (override.aliases) entry.aliases = override.aliases;
  return entry;
});
const regions = [...rFi.keys()].sort().map((code) => ({ code, name_fi: rFi.get(code), name_sv: rSv.get(code), name_en: rEn.get(code) }));

// One entry a line: a year's update then reads as a short diff.
const list = (key, entries) => `  "${key}": [\n${entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]`;
const document = (head, key, entries) =>
  `{\n${Object.entries(head)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`)
    .join('')}${list(key, entries)}\n}\n`;
const header = (classification) => ({ classification, year: Number(year), valid_from: `${year}-01-01` });
await writeFile(
  path.join(dataDir, `municipalities-${year}.json`),
  document({ ...header(`kunta_1_${year}0101`), region_correspondence: `kunta_1_${year}0101#maakunta_1_${year}0101` }, 'municipalities', municipalities),
);
await writeFile(path.join(dataDir, `regions-${year}.json`), document(header(`maakunta_1_${year}0101`), 'regions', regions));
console.log(`${year}: ${municipalities.length} municipalities in ${regions.length} regions written to ${dataDir}`);
