import { refuse } from '../../skills-assessment.errors';
import { ANSWER_MAX, ANSWER_MIN, RIASEC_ITEMS, RIASEC_TYPES, type RiasecType } from './riasec-items';

/** Item id -> answer (0-4). */
export type InventoryAnswers = Readonly<Record<string, number>>;

export interface InventoryScores {
  /** Per type: the sum of the answers to that type's items (0..4 x items of the type). */
  scores: Record<RiasecType, number>;
  /** The three highest types, highest first (e.g. "SEC"). */
  code: string;
}

/**
 * Refuses an answer set that is not exactly one 0-4 integer answer for every item: an
 * unknown item id, a missing item or an out-of-range answer (kind `invalid`).
 */
export function assertCompleteAnswers(answers: InventoryAnswers): void {
  const known = new Set(RIASEC_ITEMS.map((item) => item.id));
  const unknownItemIds = Object.keys(answers).filter((id) => !known.has(id));
  if (unknownItemIds.length > 0) {
    throw refuse('INVENTORY.UNKNOWN_ITEM', { unknownItemIds });
  }
  const missingItemIds = RIASEC_ITEMS.map((item) => item.id).filter((id) => !Object.hasOwn(answers, id));
  if (missingItemIds.length > 0) {
    throw refuse('INVENTORY.INCOMPLETE', { missingItemIds });
  }
  const invalidItemIds = RIASEC_ITEMS.map((item) => item.id).filter((id) => {
    const value = answers[id];
    return !Number.isInteger(value) || value < ANSWER_MIN || value > ANSWER_MAX;
  });
  if (invalidItemIds.length > 0) {
    throw refuse('INVENTORY.INVALID_ANSWER', { invalidItemIds }, `Each answer must be a whole number from ${ANSWER_MIN} to ${ANSWER_MAX}.`);
  }
}

/**
 * Scores a complete answer set. A type's score is the plain sum of its items' answers. The
 * code is the three types with the highest scores, highest first; equal scores are ordered by
 * the fixed RIASEC order R, I, A, S, E, C (so R=I=10 gives "RI…", never "IR…"). The tie-break
 * is arbitrary but stable: the same answers always give the same code.
 */
export function scoreInventory(answers: InventoryAnswers): InventoryScores {
  assertCompleteAnswers(answers);
  const scores = Object.fromEntries(RIASEC_TYPES.map((type) => [type, 0])) as Record<RiasecType, number>;
  for (const item of RIASEC_ITEMS) scores[item.type] += answers[item.id];
  const ranked = [...RIASEC_TYPES].sort((a, b) => scores[b] - scores[a] || RIASEC_TYPES.indexOf(a) - RIASEC_TYPES.indexOf(b));
  return { scores, code: ranked.slice(0, 3).join('') };
}
