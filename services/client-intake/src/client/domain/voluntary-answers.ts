/**
 * The voluntary disadvantage questions (docs/domain.md#structural-fund-reporting): special-category or otherwise sensitive
 * data, asked only with consent, each answerable "does not want to answer". Inside events they
 * are encrypted with the client's SECOND data key (`<clientId>:voluntary`, see
 * PERSONAL_FIELD_KEYS in client.events.ts) so that withdrawing consent can destroy them alone.
 */

export const VOLUNTARY_QUESTIONS = [
  'disability',
  'foreignBackground',
  'thirdCountryNational',
  'minority',
  'homelessness',
] as const;
export type VoluntaryQuestion = (typeof VOLUNTARY_QUESTIONS)[number];

export const VOLUNTARY_ANSWERS = ['yes', 'no', 'not-told'] as const;
export type VoluntaryAnswer = (typeof VOLUNTARY_ANSWERS)[number];

/** An absent question was not asked. */
export type VoluntaryAnswers = Partial<Record<VoluntaryQuestion, VoluntaryAnswer>>;

/** What reporting sees for each question: not asked, withdrawn and erased all read 'not-told'. */
export type VoluntaryCategories = Record<VoluntaryQuestion, VoluntaryAnswer>;

/** A yes or a no is sensitive data and needs consent; 'not-told' and not asked reveal nothing. */
export function holdsSensitiveAnswer(answers: VoluntaryAnswers | undefined): boolean {
  return VOLUNTARY_QUESTIONS.some((question) => answers?.[question] === 'yes' || answers?.[question] === 'no');
}

export function hasAnyAnswer(answers: VoluntaryAnswers | undefined): boolean {
  return VOLUNTARY_QUESTIONS.some((question) => answers?.[question] !== undefined);
}

/**
 * Answers as categories. Anything that is not a real answer (not asked, or the ERASED marker
 * a decrypted field becomes once its key is destroyed) reads 'not-told'. Refuses a still
 * encrypted value: computing categories from ciphertext would silently publish 'not-told'
 * for everyone, so a caller that forgot to decrypt must find out at once.
 */
export function voluntaryCategories(answers: unknown): VoluntaryCategories {
  if (looksEncrypted(answers)) throw new TypeError('voluntary answers are still encrypted: decode the event first');
  const given = isPlainObject(answers) ? answers : {};
  return Object.fromEntries(
    VOLUNTARY_QUESTIONS.map((question) => {
      const value = given[question];
      if (looksEncrypted(value)) throw new TypeError('voluntary answers are still encrypted: decode the event first');
      return [question, isVoluntaryAnswer(value) ? value : 'not-told'];
    }),
  ) as VoluntaryCategories;
}

/** The answers when the value is a real answer set (not erased, not ciphertext). */
export function readableAnswers(value: unknown): VoluntaryAnswers | undefined {
  if (!isPlainObject(value) || looksEncrypted(value) || '$erased' in value) return undefined;
  const answers: VoluntaryAnswers = {};
  for (const question of VOLUNTARY_QUESTIONS) {
    const answer = value[question];
    if (isVoluntaryAnswer(answer)) answers[question] = answer;
  }
  return answers;
}

function isVoluntaryAnswer(value: unknown): value is VoluntaryAnswer {
  return typeof value === 'string' && (VOLUNTARY_ANSWERS as readonly string[]).includes(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** libs/privacy's EncryptedValue shape ({ $enc, iv, ct, tag }), checked structurally: domain code imports no infrastructure. */
function looksEncrypted(value: unknown): boolean {
  return isPlainObject(value) && typeof value.$enc === 'string';
}
