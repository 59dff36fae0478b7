/**
 * Fixed texts, headings and date words of the documents, per language. Kept as data in one
 * place so a translator can correct them without reading code. `{name}` marks a placeholder
 * filled by fillTemplate (application-templates.ts). Changing any text here means a new
 * LABELS_VERSION: each generated document records the version it was built with.
 */
import type { DocumentLanguage, Proficiency } from '../content/domain/profile-input';

export const LABELS_VERSION = 'labels-v1';

/** Keys of the competence areas that are not ESCO skill groups (see competence-areas.ts). */
export type AreaKey = 'skill/work' | 'skill/studies' | 'skill/other' | 'knowledge' | 'transversal' | 'digital' | 'other';

export type RiasecLetter = 'R' | 'I' | 'A' | 'S' | 'E' | 'C';

export interface Labels {
  /** BCP 47 tag for PDF /Lang and the DOCX language. */
  languageTag: string;
  cvLabel: string;
  applicationLabel: string;
  sections: {
    profile: string;
    competenceAreas: string;
    workHistory: string;
    education: string;
    licences: string;
    languages: string;
    digitalSkills: string;
    interests: string;
  };
  areaHeadings: Record<AreaKey, string>;
  proficiency: Record<Proficiency, string>;
  /** CEFR bands: A basic, B independent, C proficient user. */
  cefrBands: Record<'A' | 'B' | 'C', string>;
  /** Printed before an area's further skills: "Myös: a, b". */
  also: string;
  /** Period of an entry still going on, e.g. "2021–nyt". */
  ongoingPeriod: string;
  validUntil: string;
  updated: string;
  /** "Sivu 1/2": page number in the footer of a CV longer than a page. */
  page: string;
  /** Replaces a personal identity code found in free text. */
  redacted: string;
  /** The last separator of a list: "a, b ja c". */
  and: string;
  /** Month names for written dates; empty where the language writes dates with numbers only. */
  months: readonly string[];
  /** The profile text when the client wrote none. */
  generatedProfile: { areas: string; latestJob: string };
  interests: string;
  riasec: Record<RiasecLetter, string>;
}

export const LABELS: Readonly<Record<DocumentLanguage, Labels>> = {
  fi: {
    languageTag: 'fi-FI',
    cvLabel: 'Osaamispohjainen CV',
    applicationLabel: 'Työhakemus',
    sections: {
      profile: 'Profiili',
      competenceAreas: 'Keskeinen osaaminen',
      workHistory: 'Työkokemus',
      education: 'Koulutus',
      licences: 'Kortit ja luvat',
      languages: 'Kielitaito',
      digitalSkills: 'Digitaidot',
      interests: 'Kiinnostuksen kohteet',
    },
    areaHeadings: {
      'skill/work': 'Työssä kertynyt ammattitaito',
      'skill/studies': 'Opinnoissa hankittu osaaminen',
      'skill/other': 'Harrastuksissa ja vapaaehtoistyössä hankittu osaaminen',
      knowledge: 'Tietämys',
      transversal: 'Vuorovaikutus- ja työelämätaidot',
      digital: 'Digitaidot',
      other: 'Muu osaaminen',
    },
    proficiency: { 1: 'perustaso', 2: 'hyvä', 3: 'vahva', 4: 'erinomainen' },
    cefrBands: { A: 'perustason kielenkäyttäjä', B: 'itsenäinen kielenkäyttäjä', C: 'taitava kielenkäyttäjä' },
    also: 'Myös',
    ongoingPeriod: '{start}–nyt',
    validUntil: 'voimassa {date} asti',
    updated: 'Päivitetty {date}',
    page: 'Sivu {page}/{pages}',
    redacted: '[poistettu]',
    and: 'ja',
    months: [],
    generatedProfile: {
      areas: 'Osaamiseni painottuu seuraaviin alueisiin: {areas}.',
      latestJob: 'Viimeisin tehtäväni: {title}, {employer}.',
    },
    interests: 'Ammatillisen kiinnostuksen suuntani (RIASEC): {types}.',
    riasec: { R: 'käytännöllinen', I: 'tutkiva', A: 'taiteellinen', S: 'sosiaalinen', E: 'yrittävä', C: 'systemaattinen' },
  },
  sv: {
    languageTag: 'sv-FI',
    cvLabel: 'Kompetensbaserat CV',
    applicationLabel: 'Arbetsansökan',
    sections: {
      profile: 'Profil',
      competenceAreas: 'Nyckelkompetenser',
      workHistory: 'Arbetslivserfarenhet',
      education: 'Utbildning',
      licences: 'Kort och tillstånd',
      languages: 'Språkkunskaper',
      digitalSkills: 'Digitala färdigheter',
      interests: 'Intressen',
    },
    areaHeadings: {
      'skill/work': 'Yrkeskunnande från arbetslivet',
      'skill/studies': 'Kunnande från studier',
      'skill/other': 'Kunnande från fritid och frivilligarbete',
      knowledge: 'Kunskaper',
      transversal: 'Samarbete och arbetslivsfärdigheter',
      digital: 'Digitala färdigheter',
      other: 'Övrigt kunnande',
    },
    proficiency: { 1: 'grundläggande', 2: 'god', 3: 'mycket god', 4: 'utmärkt' },
    cefrBands: { A: 'användare på grundläggande nivå', B: 'självständig användare', C: 'avancerad användare' },
    also: 'Även',
    ongoingPeriod: '{start}–nu',
    validUntil: 'giltigt till {date}',
    updated: 'Uppdaterad {date}',
    page: 'Sida {page}/{pages}',
    redacted: '[borttaget]',
    and: 'och',
    months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    generatedProfile: {
      areas: 'Mitt kunnande ligger främst inom följande områden: {areas}.',
      latestJob: 'Senaste uppdrag: {title}, {employer}.',
    },
    interests: 'Mina yrkesintressen (RIASEC): {types}.',
    riasec: { R: 'praktisk', I: 'undersökande', A: 'konstnärlig', S: 'social', E: 'företagsam', C: 'konventionell' },
  },
  en: {
    languageTag: 'en-GB',
    cvLabel: 'Skills-based CV',
    applicationLabel: 'Job application',
    sections: {
      profile: 'Profile',
      competenceAreas: 'Key competences',
      workHistory: 'Work experience',
      education: 'Education',
      licences: 'Licences and permits',
      languages: 'Languages',
      digitalSkills: 'Digital skills',
      interests: 'Interests',
    },
    areaHeadings: {
      'skill/work': 'Professional skills from work',
      'skill/studies': 'Skills from studies',
      'skill/other': 'Skills from hobbies and volunteering',
      knowledge: 'Knowledge',
      transversal: 'Interpersonal and working-life skills',
      digital: 'Digital skills',
      other: 'Other competences',
    },
    proficiency: { 1: 'basic', 2: 'good', 3: 'very good', 4: 'excellent' },
    cefrBands: { A: 'basic user', B: 'independent user', C: 'proficient user' },
    also: 'Also',
    ongoingPeriod: '{start}–present',
    validUntil: 'valid until {date}',
    updated: 'Updated {date}',
    page: 'Page {page}/{pages}',
    redacted: '[removed]',
    and: 'and',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    generatedProfile: {
      areas: 'My competence lies mainly in the following areas: {areas}.',
      latestJob: 'Most recent role: {title}, {employer}.',
    },
    interests: 'My vocational interests (RIASEC): {types}.',
    riasec: { R: 'realistic', I: 'investigative', A: 'artistic', S: 'social', E: 'enterprising', C: 'conventional' },
  },
};
