/**
 * The job application must fit one A4 page. The builder cannot measure type, so it enforces a
 * character budget calibrated against the PDF renderer (10.5 pt Noto Sans on a 16.3 cm line,
 * with the letterhead, heading and signature around the paragraphs): the paragraphs together
 * at most BODY_CHARACTER_BUDGET characters, which fits even with the longest letterhead the
 * caps allow (render-pdf.unit.spec.ts proves it). A typical application uses 1,400-1,700. The PDF renderer checks the real height as well
 * and fails loudly rather than spill onto a second page.
 *
 * Fixed caps always apply (LIMITS below, and HEADER_LINE_CHARS / MAX_RECIPIENT_LINES for the
 * letterhead). If the paragraphs are still over budget, these steps are applied one at a time,
 * in this order, until they fit; the document lists the steps it needed (`condensed`):
 *
 * 1. drop-job-description: the latest job's description is left out;
 * 2. one-evidence-example: one example of the client's evidence instead of three;
 * 3. fewer-jobs-and-education: only the latest job and the latest education are named;
 * 4. shorter-motivation: the client's motivation cut to 350 characters (at a sentence if one
 *    ends after at least half of them, else at a word, with "…");
 * 5. fewer-requirements: at most three matched requirements named;
 * 6. drop-languages: the languages sentence is left out (the CV has them);
 * 7. cap-paragraphs: every paragraph cut to 400 characters the same way, which always fits
 *    (five paragraphs × 400 = budget).
 */

export const BODY_CHARACTER_BUDGET = 2000;
/** Reference and heading are each cut to this many characters, */
export const HEADER_LINE_CHARS = 90;
/** recipient lines (employer, contact person, address) to this many, */
export const RECIPIENT_LINE_CHARS = 60;
export const MAX_RECIPIENT_LINES = 5;
/** Requirement, skill, job and licence names inside sentences are each cut to this. */
export const NAME_CHARS = 80;

export interface ApplicationLimits {
  motivationChars: number;
  evidenceExamples: number;
  evidenceChars: number;
  listedRequirements: number;
  listedJobs: number;
  jobDescriptionChars: number;
  listedEducation: number;
  strengths: number;
  licences: number;
  languagesSentence: boolean;
  /** Undefined until the last step. */
  paragraphChars?: number;
}

export const LIMITS: Readonly<ApplicationLimits> = {
  motivationChars: 700,
  evidenceExamples: 3,
  evidenceChars: 200,
  listedRequirements: 6,
  listedJobs: 3,
  jobDescriptionChars: 200,
  listedEducation: 2,
  strengths: 3,
  licences: 4,
  languagesSentence: true,
};

export const CONDENSE_STEPS: ReadonlyArray<{ name: string; apply: (limits: ApplicationLimits) => ApplicationLimits }> = [
  { name: 'drop-job-description', apply: (l) => ({ ...l, jobDescriptionChars: 0 }) },
  { name: 'one-evidence-example', apply: (l) => ({ ...l, evidenceExamples: 1 }) },
  { name: 'fewer-jobs-and-education', apply: (l) => ({ ...l, listedJobs: 1, listedEducation: 1 }) },
  { name: 'shorter-motivation', apply: (l) => ({ ...l, motivationChars: 350 }) },
  { name: 'fewer-requirements', apply: (l) => ({ ...l, listedRequirements: 3 }) },
  { name: 'drop-languages', apply: (l) => ({ ...l, languagesSentence: false }) },
  { name: 'cap-paragraphs', apply: (l) => ({ ...l, paragraphChars: 400 }) },
];

/**
 * Builds the paragraphs with the full limits, then applies the condense steps in order until
 * their total length is within the budget.
 */
export function fitToBudget<P extends { text: string }>(
  build: (limits: ApplicationLimits) => P[],
  budget: number = BODY_CHARACTER_BUDGET,
): { paragraphs: P[]; condensed: string[] } {
  let limits: ApplicationLimits = { ...LIMITS };
  let paragraphs = build(limits);
  const condensed: string[] = [];
  const length = (items: P[]) => items.reduce((sum, paragraph) => sum + paragraph.text.length, 0);
  for (const step of CONDENSE_STEPS) {
    if (length(paragraphs) <= budget) break;
    limits = step.apply(limits);
    paragraphs = build(limits);
    condensed.push(step.name);
  }
  return { paragraphs, condensed };
}
