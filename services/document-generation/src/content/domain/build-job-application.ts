/**
 * Builds a job application (hakemus) for one vacancy: sender, recipient, date, a reference to
 * the advertisement, a heading with the job title and three to five paragraphs from the
 * language's template (templates/application.<lang>.json):
 *
 * 1. why-this-job: the opening sentence and the client's own motivation text;
 * 2. matching-competence: the vacancy's requirements the profile meets (requirement-matching.ts)
 *    and examples from the evidence, or, when none is met, the client's strongest skills;
 * 3. experience: jobs (latest first) and education, when the profile has any;
 * 4. why-me: strengths (transversal skills), licences and permits, languages, when any;
 * 5. closing: an interview offer and how to reach the client.
 *
 * Paragraphs 1, 2 and 5 are always there (2 needs at least one skill or matched requirement),
 * so a profile with any content gives 3 to 5. It fits one A4 page by fit-one-page.ts's rules.
 */
import { helsinkiDate } from '@career/calendar';
import { compareSkills, groupCompetenceAreas } from './competence-areas';
import type { ApplicationDocument, ApplicationParagraph } from './document-model';
import { byRecency, personBlockOf } from './build-skills-cv';
import {
  HEADER_LINE_CHARS,
  MAX_RECIPIENT_LINES,
  NAME_CHARS,
  RECIPIENT_LINE_CHARS,
  fitToBudget,
  type ApplicationLimits,
} from './fit-one-page';
import { formatCalendarDate, formatPeriod } from './format-date';
import { redactDeep } from './identity-code-redaction';
import type { JobApplicationInput } from './profile-input';
import { matchRequirements, type MatchResult } from './requirement-matching';
import { asSentence, collapseWhitespace, inSentence, joinList, truncateText } from './text-utils';
import { APPLICATION_TEMPLATES, type ApplicationTemplate } from '../../templates/application-templates';
import { fillTemplate } from '../../templates/fill-template';
import { LABELS, LABELS_VERSION } from '../../templates/labels';

/** A name used inside a sentence: shortened, and lower-cased where it is a common noun. */
const name = (text: string) => inSentence(truncateText(text, NAME_CHARS));
const headerLine = (text: string) => truncateText(text, HEADER_LINE_CHARS);

function paragraphsOf(
  input: JobApplicationInput,
  template: ApplicationTemplate,
  match: MatchResult,
  limits: ApplicationLimits,
): ApplicationParagraph[] {
  const { profile, vacancy, recipient } = input;
  const and = LABELS[input.language].and;
  const values = { jobTitle: truncateText(vacancy.title, NAME_CHARS), employer: truncateText(recipient.employer, NAME_CHARS) };
  const paragraphs: ApplicationParagraph[] = [];
  const add = (role: ApplicationParagraph['role'], sentences: string[]) => {
    const text = sentences.filter((sentence) => sentence.trim() !== '').join(' ');
    if (text !== '') paragraphs.push({ role, text: limits.paragraphChars ? truncateText(text, limits.paragraphChars) : text });
  };

  const motivation = collapseWhitespace(input.motivation);
  add('why-this-job', [
    fillTemplate(template.whyThisJob.opening, values),
    motivation === '' ? '' : asSentence(truncateText(motivation, limits.motivationChars)),
  ]);

  if (match.matched.length > 0) {
    const listed = match.matched.slice(0, limits.listedRequirements).map((m) => name(m.requirement));
    add('matching-competence', [
      fillTemplate(template.matchingCompetence.matched, { requirements: joinList(listed, and) }),
      ...match.evidence.slice(0, limits.evidenceExamples).map((text) => asSentence(truncateText(text, limits.evidenceChars))),
    ]);
  } else {
    const strongest = groupCompetenceAreas(profile.skills, input.language).areas.map((area) => area.examples[0]!.skill).slice(0, 3);
    if (strongest.length > 0) {
      add('matching-competence', [fillTemplate(template.matchingCompetence.noMatch, { skills: joinList(strongest.map(name), and) })]);
    }
  }

  const jobs = [...profile.experience].sort(byRecency);
  const education = [...profile.education].sort(byRecency);
  const item = (title: string, organisation: string, startYear: number, endYear: number | undefined) =>
    fillTemplate(template.experience.item, {
      title: name(title),
      organisation: truncateText(organisation, NAME_CHARS),
      period: formatPeriod(startYear, endYear, input.language),
    });
  const latestDescription = jobs[0]?.description ? collapseWhitespace(jobs[0].description) : '';
  add('experience', [
    jobs.length > 0
      ? fillTemplate(template.experience.jobs, {
          jobs: joinList(jobs.slice(0, limits.listedJobs).map((j) => item(j.title, j.employer, j.startYear, j.endYear)), and),
        })
      : '',
    latestDescription !== '' && limits.jobDescriptionChars > 0
      ? fillTemplate(template.experience.latestJob, {
          description: asSentence(truncateText(latestDescription, limits.jobDescriptionChars)),
        })
      : '',
    education.length > 0
      ? fillTemplate(template.experience.education, {
          education: joinList(education.slice(0, limits.listedEducation).map((e) => item(e.title, e.institution, e.startYear, e.endYear)), and),
        })
      : '',
  ]);

  const strengths = profile.skills.filter((skill) => skill.kind === 'transversal').sort(compareSkills).slice(0, limits.strengths);
  const licences = profile.licences.slice(0, limits.licences);
  const languages = profile.skills.filter((skill) => skill.kind === 'language' && skill.cefrLevel);
  add('why-me', [
    strengths.length > 0 ? fillTemplate(template.whyMe.strengths, { strengths: joinList(strengths.map((s) => name(s.label)), and) }) : '',
    licences.length > 0 ? fillTemplate(template.whyMe.licences, { licences: joinList(licences.map((l) => name(l.name)), and) }) : '',
    limits.languagesSentence && languages.length > 0
      ? fillTemplate(template.whyMe.languages, {
          languages: languages
            .map((s) => fillTemplate(template.whyMe.languageItem, { language: truncateText(s.label, NAME_CHARS), level: s.cefrLevel! }))
            .join(', '),
        })
      : '',
  ]);

  // No line break inside a phone number: its spaces become no-break spaces.
  const phone = collapseWhitespace(input.contact.phone ?? '').replace(/ /g, '\u00a0');
  const email = input.contact.email?.trim() ?? '';
  const reach =
    phone && email
      ? fillTemplate(template.closing.phoneAndEmail, { phone, email })
      : phone
        ? fillTemplate(template.closing.phoneOnly, { phone })
        : email
          ? fillTemplate(template.closing.emailOnly, { email })
          : '';
  add('closing', [template.closing.interview, reach]);
  return paragraphs;
}

export function buildJobApplication(rawInput: JobApplicationInput): ApplicationDocument {
  const language = rawInput.language;
  const labels = LABELS[language];
  const template = APPLICATION_TEMPLATES[language];
  const { value: input, count: redactedInInput } = redactDeep(rawInput, labels.redacted);
  const { vacancy, recipient } = input;
  const sender = personBlockOf(input.contact, language);
  const match = matchRequirements(vacancy.requirements, input.profile, vacancy.advertisementText);
  const { paragraphs, condensed } = fitToBudget((limits) => paragraphsOf(input, template, match, limits));

  const jobTitle = collapseWhitespace(vacancy.title);
  const reference = collapseWhitespace(vacancy.reference ?? '');
  const contactPerson = collapseWhitespace(recipient.contactPerson ?? '');
  const recipientLines = [recipient.employer, contactPerson, ...(recipient.address ?? '').split(/\r?\n/)]
    .map(collapseWhitespace)
    .filter((line) => line !== '')
    .slice(0, MAX_RECIPIENT_LINES)
    .map((line) => truncateText(line, RECIPIENT_LINE_CHARS));
  const today = helsinkiDate(input.now);

  const document: ApplicationDocument = {
    kind: 'job-application',
    language,
    meta: {
      title: `${labels.applicationLabel}: ${jobTitle} – ${sender.fullName}`,
      author: sender.fullName,
      subject: `${labels.applicationLabel}: ${jobTitle}`,
      languageTag: labels.languageTag,
      createdAt: input.now.toISOString(),
      templateVersion: `${template.templateVersion}+${LABELS_VERSION}`,
      redactedIdentityCodes: 0,
    },
    sender: { fullName: headerLine(sender.fullName), contactItems: sender.contactItems.map(headerLine) },
    recipientLines,
    date: { iso: today, text: formatCalendarDate(today, language) },
    reference: headerLine(
      reference !== ''
        ? fillTemplate(template.reference.withReference, { jobTitle, reference })
        : fillTemplate(template.reference.withoutReference, { jobTitle }),
    ),
    heading: headerLine(fillTemplate(template.heading, { jobTitle })),
    salutation: headerLine(
      contactPerson !== ''
        ? fillTemplate(template.salutation.withContactPerson, { contactPerson })
        : template.salutation.withoutContactPerson,
    ),
    paragraphs,
    signOff: template.signOff,
    signature: headerLine(sender.fullName),
    matching: { matched: match.matched, unmatched: match.unmatched },
    condensed,
  };
  const { value: output, count: redactedInOutput } = redactDeep(document, labels.redacted);
  output.meta.redactedIdentityCodes = redactedInInput + redactedInOutput;
  return output;
}
