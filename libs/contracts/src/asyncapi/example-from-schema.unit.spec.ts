import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { exampleFromSchema } from './example-from-schema';
import { exampleFromPattern } from './example-from-pattern';

const ajv = addFormats(new Ajv2020({ strict: true }));

describe('exampleFromSchema', () => {
  it('fills every property deterministically and validly', () => {
    const schema = {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'at', 'day', 'kind', 'count', 'label', 'flag', 'tags', 'nested', 'code', 'link'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        at: { type: 'string', format: 'date-time' },
        day: { type: 'string', format: 'date' },
        kind: { type: 'string', enum: ['b', 'a'] },
        count: { type: 'integer', minimum: 2, maximum: 8 },
        ratio: { type: 'number', exclusiveMinimum: 0, nullable: true },
        label: { type: 'string', minLength: 10, maxLength: 12 },
        flag: { type: 'boolean' },
        tags: { type: 'array', items: { type: 'string', const: 'x' }, minItems: 2 },
        nested: { type: 'object', required: ['level'], properties: { level: { type: 'integer' } } },
        code: { type: 'string', pattern: '^\\d{4}-W\\d{2}$' },
        link: { type: 'string', format: 'uri' },
      },
    };
    const example = exampleFromSchema(schema);
    expect(example).toEqual({
      id: '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11',
      at: '2026-02-03T09:15:00.000Z',
      day: '2026-02-03',
      kind: 'b',
      count: 2,
      ratio: 0.5,
      label: 'examplexxx',
      flag: true,
      tags: ['x', 'x'],
      nested: { level: 0 },
      code: '0123-W01',
      link: 'https://example.org/resource',
    });
    expect(ajv.validate(schema, example)).toBe(true);
    expect(exampleFromSchema(schema)).toEqual(example);
  });

  it('says where it cannot help', () => {
    expect(() => exampleFromSchema({ type: 'object', properties: { odd: { type: 'string', format: 'hostname' } } })).toThrow(
      'cannot generate an example for #/properties/odd: unknown format "hostname"',
    );
  });
});

describe('exampleFromPattern', () => {
  it.each([
    '^\\d{4}-W\\d{2}$',
    '^(?!.*(.).*\\1)[RIASEC]{3}$',
    '^[a-z0-9]+(-[a-z0-9]+)*$',
    '^(ab|cd)\\1x?$',
    '^[^a-c]{2}$',
    '^S[0-9]{5}$',
    '^[A-Z]{2,4}\\.v[1-9][0-9]*$',
  ])('matches %s', (pattern) => {
    expect(new RegExp(pattern, 'u').test(exampleFromPattern(pattern))).toBe(true);
  });
});
