import type { JsonSchema } from '../published-schema';
import { breakingChanges, type ChangeKind } from './compare-schemas';

const released: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Thing v1',
  description: 'A thing happened.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'kind', 'count', 'at', 'nested'],
  properties: {
    id: { type: 'string', format: 'uuid', description: 'The id.' },
    kind: { type: 'string', enum: ['a', 'b', 'c'], description: 'Which.' },
    count: { type: 'integer', minimum: 0, maximum: 10 },
    at: { type: 'string', format: 'date-time' },
    label: { type: 'string', minLength: 1, maxLength: 50, nullable: true },
    nested: {
      type: 'object',
      additionalProperties: false,
      required: ['code'],
      properties: { code: { type: 'string', pattern: '^[A-Z]{3}$' } },
    },
    tags: { type: 'array', items: { type: 'string', enum: ['x', 'y'] }, maxItems: 3, nullable: true },
  },
};

const REMOVE = Symbol('remove');
type Edit = [pointer: string, value: unknown];

/** `released` with each `[pointer, value]` applied to a deep copy (REMOVE deletes). */
function changed(...edits: Edit[]): JsonSchema {
  const copy = structuredClone(released) as Record<string, unknown>;
  for (const [pointer, value] of edits) {
    const keys = pointer.split('/').slice(1);
    const last = keys.pop()!;
    const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy);
    if (value === REMOVE) delete parent[last];
    else parent[last] = value;
  }
  return copy;
}

describe('breakingChanges', () => {
  it.each<[string, JsonSchema]>([
    ['an identical schema', released],
    ['an optional field added', changed(['/properties/validFrom', { type: 'string', format: 'date' }])],
    ['an optional field added to a nested object', changed(['/properties/nested/properties/extra', { type: 'integer' }])],
    ['descriptions and titles edited', changed(
      ['/description', 'Reworded.'],
      ['/title', 'Thing, version 1'],
      ['/properties/id/description', 'The identifier.'],
      ['/properties/nested/properties/code/description', 'Added a description.'],
    )],
    ['examples added', changed(['/properties/kind/examples', ['a']])],
    ['enum values reordered', changed(['/properties/kind/enum', ['c', 'a', 'b']])],
    ['required reordered', changed(['/required', ['nested', 'at', 'count', 'kind', 'id']])],
  ])('allows %s', (_case, current) => {
    expect(breakingChanges(released, current)).toEqual([]);
  });

  it.each<[string, JsonSchema, ChangeKind, string]>([
    ['a field removed', changed(['/properties/label', REMOVE]), 'field-removed', '/properties/label'],
    ['a field renamed', changed(['/properties/labelText', { type: 'string', minLength: 1, maxLength: 50, nullable: true }], ['/properties/label', REMOVE]), 'field-removed', '/properties/label'],
    ['a required field added', changed(['/properties/region', { type: 'string' }], ['/required/5', 'region']), 'required-field-added', '/properties/region'],
    ['a nested required field added', changed(['/properties/nested/properties/level', { type: 'integer' }], ['/properties/nested/required/1', 'level']), 'required-field-added', '/properties/nested/properties/level'],
    ['an optional field made required', changed(['/required/5', 'label']), 'field-made-required', '/properties/label'],
    ['a required field made optional', changed(['/required', ['id', 'kind', 'count', 'nested']]), 'field-made-optional', '/properties/at'],
    ['a type changed', changed(['/properties/count/type', 'number']), 'type-changed', '/properties/count/type'],
    ['a format changed', changed(['/properties/at/format', 'date']), 'format-changed', '/properties/at/format'],
    ['a format added', changed(['/properties/label/format', 'uri']), 'format-changed', '/properties/label/format'],
    ['an enum narrowed', changed(['/properties/kind/enum', ['a', 'b']]), 'enum-changed', '/properties/kind/enum'],
    ['an enum widened', changed(['/properties/kind/enum/3', 'd']), 'enum-changed', '/properties/kind/enum'],
    ['an enum inside array items narrowed', changed(['/properties/tags/items/enum', ['x']]), 'enum-changed', '/properties/tags/items/enum'],
    ['a maximum tightened', changed(['/properties/count/maximum', 5]), 'constraint-changed', '/properties/count/maximum'],
    ['a minimum loosened', changed(['/properties/count/minimum', -1]), 'constraint-changed', '/properties/count/minimum'],
    ['a maxLength added', changed(['/properties/id/maxLength', 36]), 'constraint-changed', '/properties/id/maxLength'],
    ['a pattern changed', changed(['/properties/nested/properties/code/pattern', '^[A-Z]{2}$']), 'constraint-changed', '/properties/nested/properties/code/pattern'],
    ['maxItems tightened', changed(['/properties/tags/maxItems', 2]), 'constraint-changed', '/properties/tags/maxItems'],
    ['additionalProperties opened', changed(['/additionalProperties', true]), 'additional-properties-changed', '/additionalProperties'],
    ['additionalProperties removed from a nested object', changed(['/properties/nested/additionalProperties', REMOVE]), 'additional-properties-changed', '/properties/nested/additionalProperties'],
    ['nullable dropped', changed(['/properties/label/nullable', REMOVE]), 'nullable-changed', '/properties/label/nullable'],
    ['a oneOf introduced', changed(['/properties/count/oneOf', [{ minimum: 0 }]]), 'schema-changed', '/properties/count/oneOf'],
  ])('flags %s', (_case, current, kind, path) => {
    const changes = breakingChanges(released, current);
    expect(changes).toContainEqual(expect.objectContaining({ kind, path }));
  });

  it('says what changed in an enum', () => {
    const [change] = breakingChanges(released, changed(['/properties/kind/enum', ['a', 'b', 'd']]));
    expect(change.detail).toBe('narrowed: "c" removed; widened: "d" added');
  });
});
