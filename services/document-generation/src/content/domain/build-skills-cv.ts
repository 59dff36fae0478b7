/**
 * Builds the skills-based CV (osaamispohjainen CV) from contact details and the skills
 * profile: a short profile, three to five key competence areas with examples from the
 * evidence (competence-areas.ts), then work history, education, licences and permits,
 * languages with CEFR levels, digital skills and interests. Pure: `now` is an input.
 *
 * Length rules, so a CV stays a CV: the profile text at most 700 characters, each evidence at
 * most 220, each job or education description at most 300 (cut at a sentence or word).
 */
import { helsinkiDate } from '@career/calendar';
import { groupCompetenceAreas } from './competence-areas';
import type { CvDocument, LanguageItem, LabelledItem, PersonBlock, TimelineEntry } from './document-model';
import { formatCalendarDate, formatInputDate, formatPeriod } from './format-date';
import { redactDeep } from './identity-code-redaction';
import type { CefrLevel, ContactInput, DocumentLanguage, EducationInput, ExperienceInput, SkillsCvInput } from './profile-input';
import { asSentence, collapseWhitespace, joinList, truncateText } from './text-utils';
import { nameOf, resolveMunicipality } from '@career/municipalities';
import { LABELS, LABELS_VERSION, type RiasecLetter } from '../../templates/labels';
import { fillTemplate } from '../../templates/fill-template';

export const CV_TEMPLATE_VERSION = `skills-cv-v1+${LABELS_VERSION}`;
export const MAX_PROFILE_CHARS = 700;
export const MAX_DESCRIPTION_CHARS = 300;

export function fullNameOf(contact: ContactInput): string {
  return collapseWhitespace(`${contact.firstName} ${contact.lastName}`);
}

/**
 * The municipality as a reader of the document knows it: client-intake keeps the code of
 * Statistics Finland's classification (libs/municipalities), printed as the municipality's
 * name in the document's language (564 is Oulu in Finnish and English, Uleåborg in Swedish).
 * A value that names no municipality (typed before registration validated it) prints as it is.
 */
export function municipalityNameOf(stored: string, language: DocumentLanguage): string {
  const municipality = resolveMunicipality(stored);
  return (municipality && nameOf(municipality.code, language)) ?? stored;
}

export function personBlockOf(contact: ContactInput, language: DocumentLanguage): PersonBlock {
  const municipality = contact.municipality === undefined ? undefined : municipalityNameOf(contact.municipality, language);
  const items = [contact.email, contact.phone, municipality]
    .map((item) => (item === undefined ? '' : collapseWhitespace(item)))
    .filter((item) => item !== '');
  return { fullName: fullNameOf(contact), contactItems: items };
}

/** Most recent first: later start year, then the ongoing or later-ending entry. */
export function byRecency<T extends { startYear: number; endYear?: number }>(a: T, b: T): number {
  return b.startYear - a.startYear || (b.endYear ?? Number.MAX_SAFE_INTEGER) - (a.endYear ?? Number.MAX_SAFE_INTEGER);
}

function timelineOf(
  entries: ReadonlyArray<ExperienceInput | EducationInput>,
  language: DocumentLanguage,
): TimelineEntry[] {
  return [...entries].sort(byRecency).map((entry) => {
    const description = entry.description ? truncateText(entry.description, MAX_DESCRIPTION_CHARS) : '';
    return {
      period: formatPeriod(entry.startYear, entry.endYear, language),
      title: collapseWhitespace(entry.title),
      organisation: collapseWhitespace('employer' in entry ? entry.employer : entry.institution),
      ...(description !== '' ? { description: asSentence(description) } : {}),
    };
  });
}

const CEFR_ORDER: readonly CefrLevel[] = ['C2', 'C1', 'B2', 'B1', 'A2', 'A1'];

function cefrRank(level: CefrLevel | undefined): number {
  return level === undefined ? CEFR_ORDER.length : CEFR_ORDER.indexOf(level);
}

function interestsText(code: string | undefined, language: DocumentLanguage): string | undefined {
  if (!code) return undefined;
  const labels = LABELS[language];
  const letters = [...new Set(code.toUpperCase().split(''))].filter((letter): letter is RiasecLetter => letter in labels.riasec).slice(0, 3);
  if (letters.length === 0) return undefined;
  return fillTemplate(labels.interests, { types: joinList(letters.map((letter) => labels.riasec[letter]), labels.and) });
}

export function buildSkillsCv(rawInput: SkillsCvInput): CvDocument {
  const language = rawInput.language;
  const labels = LABELS[language];
  const { value: input, count: redactedInInput } = redactDeep(rawInput, labels.redacted);
  const { profile } = input;
  const person = personBlockOf(input.contact, language);
  const { areas, digitalInAreas } = groupCompetenceAreas(profile.skills, language);
  const workHistory = timelineOf(profile.experience, language);

  const summary = profile.summary ? truncateText(profile.summary, MAX_PROFILE_CHARS) : '';
  const generated = [
    areas.length > 0
      ? fillTemplate(labels.generatedProfile.areas, {
          areas: joinList(areas.slice(0, 4).map((area) => area.examples[0]!.skill), labels.and),
        })
      : '',
    workHistory[0]
      ? fillTemplate(labels.generatedProfile.latestJob, { title: workHistory[0].title, employer: workHistory[0].organisation })
      : '',
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');

  const licences: LabelledItem[] = profile.licences.map((licence) => {
    const date = licence.validUntil ? formatInputDate(licence.validUntil, language) : undefined;
    return {
      label: collapseWhitespace(licence.name),
      ...(date ? { detail: fillTemplate(labels.validUntil, { date }) } : {}),
    };
  });

  const languages: LanguageItem[] = profile.skills
    .filter((skill) => skill.kind === 'language')
    .sort((a, b) => cefrRank(a.cefrLevel) - cefrRank(b.cefrLevel) || b.proficiency - a.proficiency)
    .map((skill) => ({
      language: collapseWhitespace(skill.label),
      ...(skill.cefrLevel ? { cefrLevel: skill.cefrLevel } : {}),
      detail: skill.cefrLevel
        ? `${skill.cefrLevel} – ${labels.cefrBands[skill.cefrLevel[0] as 'A' | 'B' | 'C']}`
        : labels.proficiency[skill.proficiency],
    }));

  const digitalSkills: LabelledItem[] = digitalInAreas
    ? []
    : profile.skills
        .filter((skill) => skill.kind === 'digital')
        .sort((a, b) => b.proficiency - a.proficiency || (a.label < b.label ? -1 : 1))
        .map((skill) => ({ label: collapseWhitespace(skill.label), detail: labels.proficiency[skill.proficiency] }));

  const education = timelineOf(profile.education, language);
  const interests = interestsText(profile.interestCode, language);
  const today = helsinkiDate(input.now);

  const document: CvDocument = {
    kind: 'skills-cv',
    language,
    meta: {
      title: `${labels.cvLabel} – ${person.fullName}`,
      author: person.fullName,
      subject: labels.cvLabel,
      languageTag: labels.languageTag,
      createdAt: input.now.toISOString(),
      templateVersion: CV_TEMPLATE_VERSION,
      redactedIdentityCodes: 0,
    },
    documentLabel: labels.cvLabel,
    person,
    profile: { heading: labels.sections.profile, text: summary !== '' ? asSentence(summary) : generated },
    competenceAreas: { heading: labels.sections.competenceAreas, alsoLabel: labels.also, items: areas },
    ...(workHistory.length > 0 ? { workHistory: { heading: labels.sections.workHistory, items: workHistory } } : {}),
    ...(education.length > 0 ? { education: { heading: labels.sections.education, items: education } } : {}),
    ...(licences.length > 0 ? { licences: { heading: labels.sections.licences, items: licences } } : {}),
    ...(languages.length > 0 ? { languages: { heading: labels.sections.languages, items: languages } } : {}),
    ...(digitalSkills.length > 0 ? { digitalSkills: { heading: labels.sections.digitalSkills, items: digitalSkills } } : {}),
    ...(interests ? { interests: { heading: labels.sections.interests, text: interests } } : {}),
    updated: fillTemplate(labels.updated, { date: formatCalendarDate(today, language) }),
    pageLabel: labels.page,
  };
  // Second pass over the finished model: nothing built from the inputs may carry a code either.
  const { value: output, count: redactedInOutput } = redactDeep(document, labels.redacted);
  output.meta.redactedIdentityCodes = redactedInInput + redactedInOutput;
  return output;
}
