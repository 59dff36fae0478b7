import municipalities2025 from '../data/municipalities-2025.json';
import municipalities2026 from '../data/municipalities-2026.json';
import mergerData from '../data/mergers.json';
import regions2025 from '../data/regions-2025.json';
import regions2026 from '../data/regions-2026.json';
import { normaliseMunicipalityName } from './normalise';

/**
 * Statistics Finland's classification of municipalities (kunta) and its correspondence to the
 * regions (maakunta, landskap), shipped as data in ../data (sources and yearly update in
 * ../data/SOURCE.md). Pure: the JSON is read once when the module loads, checked, and indexed;
 * no call does I/O.
 */

/** A municipality of the classification in force. `code` is the 3-digit code, e.g. '091'. */
export interface Municipality {
  readonly code: string;
  readonly nameFi: string;
  /** Statistics Finland's Swedish name, present only where it differs from the Finnish one. */
  readonly nameSv?: string;
  /** The 2-digit region (maakunta) code, e.g. '01' Uusimaa, '21' Åland. */
  readonly regionCode: string;
}

export interface Region {
  readonly code: string;
  readonly nameFi: string;
  readonly nameSv: string;
  readonly nameEn: string;
}

/** A municipality that ceased by merger; `mergedInto` is the code it was merged into. */
export interface FormerMunicipality {
  readonly code: string;
  readonly nameFi: string;
  readonly mergedInto: string;
  /** The day the merger took effect, YYYY-MM-DD (always a 1 January). */
  readonly inForceFrom: string;
}

/** A resolved municipality; `mergedFrom` is set when the input was the code of a former one. */
export interface ResolvedMunicipality extends Municipality {
  readonly mergedFrom?: FormerMunicipality;
}

export type NameLanguage = 'fi' | 'sv' | 'en';

/** One year's classification: the municipalities and regions in force from 1 January. */
export interface Classification {
  readonly year: number;
  readonly validFrom: string;
  readonly municipalities: readonly Municipality[];
  readonly regions: readonly Region[];
}

interface RawMunicipality {
  code: string;
  name_fi: string;
  name_sv?: string;
  name_en?: string;
  region_code: string;
  aliases?: string[];
}
interface RawMunicipalities {
  year: number;
  valid_from: string;
  municipalities: RawMunicipality[];
}
interface RawRegions {
  year: number;
  regions: { code: string; name_fi: string; name_sv: string; name_en: string }[];
}
interface RawMerger {
  code: string;
  name_fi: string;
  merged_into: string;
  in_force_from: string;
}

const MUNICIPALITY_CODE = /^\d{3}$/;
const REGION_CODE = /^\d{2}$/;

class ClassificationDataError extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ClassificationDataError(`municipality classification data: ${message}`);
}

interface Indexed extends Classification {
  readonly byCode: ReadonlyMap<string, Municipality>;
  readonly regionsByCode: ReadonlyMap<string, Region>;
  readonly byName: ReadonlyMap<string, Municipality>;
}

function load(rawMunicipalities: RawMunicipalities, rawRegions: RawRegions): Indexed {
  const { year } = rawMunicipalities;
  check(rawRegions.year === year, `regions of ${rawRegions.year} paired with municipalities of ${year}`);
  const regions = rawRegions.regions.map((r) => Object.freeze<Region>({ code: r.code, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en }));
  const regionsByCode = new Map<string, Region>();
  for (const region of regions) {
    check(REGION_CODE.test(region.code), `${year}: region code '${region.code}'`);
    check(!regionsByCode.has(region.code), `${year}: region ${region.code} twice`);
    regionsByCode.set(region.code, region);
  }

  const byCode = new Map<string, Municipality>();
  const byName = new Map<string, Municipality>();
  const municipalities = rawMunicipalities.municipalities.map((raw) => {
    const municipality = Object.freeze<Municipality>({
      code: raw.code,
      nameFi: raw.name_fi,
      ...(raw.name_sv !== undefined && raw.name_sv !== raw.name_fi ? { nameSv: raw.name_sv } : {}),
      regionCode: raw.region_code,
    });
    check(MUNICIPALITY_CODE.test(municipality.code), `${year}: municipality code '${municipality.code}'`);
    check(!byCode.has(municipality.code), `${year}: municipality ${municipality.code} twice`);
    check(regionsByCode.has(municipality.regionCode), `${year}: ${municipality.code} in unknown region ${municipality.regionCode}`);
    byCode.set(municipality.code, municipality);
    for (const name of [raw.name_fi, raw.name_sv, ...(raw.aliases ?? [])]) {
      if (name === undefined) continue;
      const key = normaliseMunicipalityName(name);
      const holder = byName.get(key);
      // Two municipalities answering to one name would make a name lookup a guess: refuse the data.
      check(holder === undefined || holder === municipality, `${year}: '${name}' names both ${holder?.code} and ${municipality.code}`);
      byName.set(key, municipality);
    }
    return municipality;
  });
  for (const region of regions) check(municipalities.some((m) => m.regionCode === region.code), `${year}: region ${region.code} has no municipality`);

  return { year, validFrom: rawMunicipalities.valid_from, municipalities: Object.freeze(municipalities), regions: Object.freeze(regions), byCode, regionsByCode, byName };
}

const CLASSIFICATIONS: ReadonlyMap<number, Indexed> = new Map(
  [load(municipalities2025 as RawMunicipalities, regions2025 as RawRegions), load(municipalities2026 as RawMunicipalities, regions2026 as RawRegions)].map(
    (c) => [c.year, c],
  ),
);

/** The year of the classification in force, the one every lookup below uses. */
export const CLASSIFICATION_YEAR = 2026;

const IN_FORCE = CLASSIFICATIONS.get(CLASSIFICATION_YEAR);
check(IN_FORCE !== undefined, `no data for ${CLASSIFICATION_YEAR}`);
const current: Indexed = IN_FORCE;

/** The years whose classification ships with the library (for reports on a past year). */
export const CLASSIFICATION_YEARS: readonly number[] = Object.freeze([...CLASSIFICATIONS.keys()].sort());

export const ALL_MUNICIPALITIES: readonly Municipality[] = current.municipalities;
export const ALL_REGIONS: readonly Region[] = current.regions;

/** Municipalities merged away since 1 January 2009, each pointing at the code it merged into. */
export const FORMER_MUNICIPALITIES: readonly FormerMunicipality[] = Object.freeze(
  (mergerData.mergers as RawMerger[]).map((m) =>
    Object.freeze<FormerMunicipality>({ code: m.code, nameFi: m.name_fi, mergedInto: m.merged_into, inForceFrom: m.in_force_from }),
  ),
);

const formerByCode = new Map<string, FormerMunicipality>();
for (const former of FORMER_MUNICIPALITIES) {
  check(MUNICIPALITY_CODE.test(former.code), `former municipality code '${former.code}'`);
  check(!formerByCode.has(former.code), `former municipality ${former.code} twice`);
  check(!current.byCode.has(former.code), `former municipality ${former.code} is still in the ${CLASSIFICATION_YEAR} classification`);
  check(/^\d{4}-01-01$/.test(former.inForceFrom), `merger of ${former.code} in force from '${former.inForceFrom}'`);
  formerByCode.set(former.code, former);
}
for (const former of FORMER_MUNICIPALITIES) {
  check(currentSuccessorOf(former) !== undefined, `former municipality ${former.code} leads to no municipality of ${CLASSIFICATION_YEAR}`);
}

/** Follows mergers (a municipality merged into one that later merged again) to the one in force. */
function currentSuccessorOf(former: FormerMunicipality): Municipality | undefined {
  let code = former.mergedInto;
  for (let hops = 0; hops <= formerByCode.size; hops++) {
    const municipality = current.byCode.get(code);
    if (municipality) return municipality;
    const next = formerByCode.get(code);
    if (!next) return undefined;
    code = next.mergedInto;
  }
  return undefined; // a cycle: the data check above refuses it
}

/**
 * The municipality an input names, in the classification in force, or undefined:
 * - a 3-digit code of the classification ('091', '564'); a code is exactly three digits, so
 *   '91' is refused rather than padded (a lost leading zero is the caller's to restore);
 * - the code of a municipality merged away since 2009 ('084' Haukipudas): the municipality it
 *   is part of now, with `mergedFrom`;
 * - a Finnish or Swedish name ('Oulu', 'Uleåborg'), matched by `normaliseMunicipalityName`
 *   (case, spacing and accents other than å/ä/ö do not matter). Former names are not looked up.
 * Surrounding white space is ignored.
 */
export function resolveMunicipality(input: string): ResolvedMunicipality | undefined {
  if (typeof input !== 'string') return undefined;
  const trimmed = input.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) {
    if (!MUNICIPALITY_CODE.test(trimmed)) return undefined;
    const municipality = current.byCode.get(trimmed);
    if (municipality) return municipality;
    const former = formerByCode.get(trimmed);
    const successor = former && currentSuccessorOf(former);
    return successor ? Object.freeze({ ...successor, mergedFrom: former }) : undefined;
  }
  return current.byName.get(normaliseMunicipalityName(trimmed));
}

/** The municipality with that code in the classification in force (current codes only). */
export function municipalityByCode(code: string): Municipality | undefined {
  return current.byCode.get(code);
}

export function regionByCode(code: string): Region | undefined {
  return current.regionsByCode.get(code);
}

/** The region (maakunta) of the municipality with that code in the classification in force. */
export function regionOf(municipalityCode: string): Region | undefined {
  const municipality = current.byCode.get(municipalityCode);
  return municipality && current.regionsByCode.get(municipality.regionCode);
}

/**
 * The municipality's name for a document in that language: Finnish in 'fi'; the Swedish name
 * in 'sv' where the classification has one, else the Finnish; and the Finnish name in 'en'
 * (see the README on Statistics Finland's own English names).
 */
export function nameOf(municipalityCode: string, language: NameLanguage): string | undefined {
  const municipality = current.byCode.get(municipalityCode);
  if (!municipality) return undefined;
  return language === 'sv' ? (municipality.nameSv ?? municipality.nameFi) : municipality.nameFi;
}

/** The classification of a shipped year (see CLASSIFICATION_YEARS), e.g. for a report on 2025. */
export function classificationOfYear(year: number): Classification | undefined {
  const classification = CLASSIFICATIONS.get(year);
  return classification && { year: classification.year, validFrom: classification.validFrom, municipalities: classification.municipalities, regions: classification.regions };
}
