import { ANSWER_SCALE, inventoryItemsIn, RIASEC_ITEMS, RIASEC_TYPE_NAMES, RIASEC_TYPES } from './riasec-items';

const languages = ['fi', 'sv', 'en'] as const;

describe('the RIASEC item set', () => {
  it('has six items per type, ids <type><1..6>', () => {
    for (const type of RIASEC_TYPES) {
      expect(RIASEC_ITEMS.filter((item) => item.type === type).map((item) => item.id).sort()).toEqual(
        [1, 2, 3, 4, 5, 6].map((n) => `${type}${n}`),
      );
    }
    expect(RIASEC_ITEMS).toHaveLength(36);
  });

  it('words every item in Finnish, Swedish and English as a full sentence, no text used twice', () => {
    for (const language of languages) {
      const texts = RIASEC_ITEMS.map((item) => item.text[language]);
      expect(texts.every((text) => /^\p{Lu}.+\.$/u.test(text))).toBe(true);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('interleaves the types so no two neighbours share one', () => {
    expect(RIASEC_ITEMS.every((item, i) => i === 0 || RIASEC_ITEMS[i - 1].type !== item.type)).toBe(true);
  });

  it('names the types and the 0-4 answer scale in every language', () => {
    expect(ANSWER_SCALE.map((step) => step.value)).toEqual([0, 1, 2, 3, 4]);
    for (const language of languages) {
      expect(ANSWER_SCALE.every((step) => step.label[language] !== '')).toBe(true);
      expect(RIASEC_TYPES.every((type) => RIASEC_TYPE_NAMES[type][language] !== '')).toBe(true);
    }
  });

  it('lists the items of one language for the form', () => {
    expect(inventoryItemsIn('sv')[0]).toEqual({ id: 'R1', type: 'R', text: 'Jag tycker om att reparera maskiner och apparater.' });
    expect(inventoryItemsIn('fi')[0].text).toBe('Pidän koneiden ja laitteiden korjaamisesta.');
  });
});
