import { textProblem } from './text-hygiene';

describe('text hygiene', () => {
  it.each([
    ['Matti Meikäläinen', undefined],
    ['Åsa Ødegård-Ñúñez', undefined],
    ['Line one\nline two\r\n\tindented', undefined],
    ['emoji 👩‍💻 is fine', undefined],
    ['NUL \u0000 byte', 'must not contain control characters or bidirectional overrides'],
    ['ESC \u001b[31m', 'must not contain control characters or bidirectional overrides'],
    ['DEL \u007f', 'must not contain control characters or bidirectional overrides'],
    ['C1 \u0085 NEL', 'must not contain control characters or bidirectional overrides'],
    ['RLO \u202e evil', 'must not contain control characters or bidirectional overrides'],
    ['isolate \u2066x\u2069', 'must not contain control characters or bidirectional overrides'],
    ['lone \ud800 surrogate', 'must not contain unpaired surrogate code units'],
    ['lone low \udc00', 'must not contain unpaired surrogate code units'],
  ])('%j -> %s', (value, problem) => {
    expect(textProblem(value)).toBe(problem);
  });

  it('refuses line breaks and tabs in single-line text only', () => {
    expect(textProblem('Matti\nMeikäläinen', { singleLine: true })).toBe('must be a single line (no tabs or line breaks)');
    expect(textProblem('Matti\tM', { singleLine: true })).toBe('must be a single line (no tabs or line breaks)');
    expect(textProblem('Matti Meikäläinen', { singleLine: true })).toBeUndefined();
  });
});
