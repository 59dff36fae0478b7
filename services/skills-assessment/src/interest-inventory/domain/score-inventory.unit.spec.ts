import { DomainError } from '@career/event-sourcing';
import { RIASEC_ITEMS, RIASEC_TYPES, type RiasecType } from './riasec-items';
import { scoreInventory, type InventoryAnswers } from './score-inventory';

/** Answers given per type: the n-th value answers item `<type><n>` (R1..R6, I1..I6, ...). */
function answersByType(values: Record<RiasecType, [number, number, number, number, number, number]>): Record<string, number> {
  return Object.fromEntries(RIASEC_TYPES.flatMap((type) => values[type].map((value, i) => [`${type}${i + 1}`, value])));
}
const everyItem = (value: number) => Object.fromEntries(RIASEC_ITEMS.map((item) => [item.id, value]));

function expectDomainError(run: () => unknown, code: string, details: Record<string, unknown>) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code, kind: 'invalid', details });
    return;
  }
  throw new Error(`expected ${code}`);
}

describe('scoreInventory (hand-computed examples)', () => {
  it('sums each type and takes the three highest; a tie for third goes to the earlier type in R I A S E C', () => {
    const answers = answersByType({
      R: [4, 3, 4, 2, 3, 4], // 20
      I: [1, 0, 2, 1, 0, 1], // 5
      A: [2, 2, 1, 3, 0, 2], // 10
      S: [4, 4, 3, 4, 4, 3], // 22
      E: [3, 2, 1, 0, 2, 2], // 10
      C: [0, 1, 1, 2, 1, 0], // 5
    });
    expect(scoreInventory(answers)).toEqual({ scores: { R: 20, I: 5, A: 10, S: 22, E: 10, C: 5 }, code: 'SRA' });
  });

  it('orders a three-way tie at the top by R I A S E C', () => {
    const answers = answersByType({
      R: [1, 1, 1, 1, 1, 1], // 6
      I: [3, 3, 3, 2, 2, 2], // 15
      A: [0, 0, 0, 0, 0, 0], // 0
      S: [2, 2, 2, 2, 2, 2], // 12
      E: [4, 4, 4, 3, 0, 0], // 15
      C: [0, 0, 3, 4, 4, 4], // 15
    });
    expect(scoreInventory(answers)).toEqual({ scores: { R: 6, I: 15, A: 0, S: 12, E: 15, C: 15 }, code: 'IEC' });
  });

  it('gives RIA when every type scores the same (all 0, all 4)', () => {
    expect(scoreInventory(everyItem(0))).toEqual({ scores: { R: 0, I: 0, A: 0, S: 0, E: 0, C: 0 }, code: 'RIA' });
    expect(scoreInventory(everyItem(4))).toEqual({ scores: { R: 24, I: 24, A: 24, S: 24, E: 24, C: 24 }, code: 'RIA' });
  });

  it('puts the single highest first even when it is last in the fixed order', () => {
    const answers = { ...everyItem(1), C1: 2 }; // C = 7, every other type 6
    expect(scoreInventory(answers).code).toBe('CRI');
  });
});

describe('answer validation', () => {
  it('refuses a missing item and names it', () => {
    const answers: Record<string, number> = everyItem(2);
    delete answers.S4;
    expectDomainError(() => scoreInventory(answers), 'INVENTORY.INCOMPLETE', { missingItemIds: ['S4'] });
  });

  it('refuses an item that is not in the inventory', () => {
    expectDomainError(() => scoreInventory({ ...everyItem(2), X1: 3 }), 'INVENTORY.UNKNOWN_ITEM', { unknownItemIds: ['X1'] });
  });

  it.each([[-1], [5], [2.5], [Number.NaN]])('refuses the answer %p', (value) => {
    const answers: InventoryAnswers = { ...everyItem(2), E2: value };
    expectDomainError(() => scoreInventory(answers), 'INVENTORY.INVALID_ANSWER', { invalidItemIds: ['E2'] });
  });
});
