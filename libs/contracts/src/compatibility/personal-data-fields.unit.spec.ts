import type { JsonSchema } from '../published-schema';
import { registeredSchemas } from '../schema-registry';
import { personalDataFields, wordsOf } from './personal-data-fields';

const objectWith = (properties: Record<string, unknown>): JsonSchema => ({ type: 'object', properties });
const text = { type: 'string' };

describe('personalDataFields', () => {
  it.each([
    ['firstName', text], ['lastName', text], ['fullName', text], ['name', text], ['Name', text], ['surname', text],
    ['personalIdentityCode', text], ['hetu', text], ['ssn', text], ['identityCode', text], ['client_ssn', text],
    ['dateOfBirth', { type: 'string', format: 'date' }], ['birthDate', { type: 'string', format: 'date' }], ['date_of_birth', text],
    ['email', { type: 'string', format: 'email' }], ['contactEmail', text], ['e-mail', text], ['phone', text], ['phoneNumber', text],
    ['address', text], ['postalAddress', { type: 'object' }], ['streetName', text],
    ['notes', { type: 'array', items: text }], ['note', text], ['advisorNote', text], ['evidence', text], ['description', text],
    ['motivation', text], ['freeText', text], ['rationale', text], ['reason', text], ['exitReason', { type: 'string', maxLength: 500 }],
  ])('flags %s', (property, schema) => {
    expect(personalDataFields(objectWith({ [property]: schema }))).toEqual([expect.objectContaining({ property, path: `/properties/${property}` })]);
  });

  it.each([
    ['reason as a code', { type: 'string', enum: ['employed', 'other'] }],
    ['reason as a patterned code', { type: 'string', pattern: '^[a-z-]+$' }],
    ['hasEvidence (a boolean)', { type: 'boolean' }],
    ['noteCount (a number)', { type: 'integer' }],
    ['hasEmail (a boolean)', { type: 'boolean' }],
    ['businessName', text],
    ['organisationName', text],
    ['templateName', text],
    ['className', text],
    ['clientId', { type: 'string', format: 'uuid' }],
    ['ageAtEntry', { type: 'integer' }],
  ])('does not flag %s', (label, schema) => {
    const property = label.split(' ')[0];
    expect(personalDataFields(objectWith({ [property]: schema }))).toEqual([]);
  });

  it('looks at every depth: nested objects, array items, combinators, definitions', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        contact: { type: 'object', properties: { phone: text } },
        meetings: { type: 'array', items: { type: 'object', properties: { notes: text } } },
        either: { oneOf: [{ type: 'object', properties: { email: text } }] },
      },
      $defs: { person: { type: 'object', properties: { firstName: text } } },
    };
    expect(personalDataFields(schema).map((f) => f.path).sort()).toEqual([
      '/$defs/person/properties/firstName',
      '/properties/contact/properties/phone',
      '/properties/either/oneOf/0/properties/email',
      '/properties/meetings/items/properties/notes',
    ]);
  });

  it('reads enum values and descriptions as values, not fields', () => {
    const schema = objectWith({ channel: { type: 'string', enum: ['email', 'phone'], description: 'name, address and notes stay home' } });
    expect(personalDataFields(schema)).toEqual([]);
  });

  it('splits names into words', () => {
    expect(wordsOf('personalIdentityCode')).toEqual(['personal', 'identity', 'code']);
    expect(wordsOf('date_of_birth')).toEqual(['date', 'of', 'birth']);
    expect(wordsOf('ESCOUri')).toEqual(['esco', 'uri']);
  });
});

// docs/domain.md#personal-data: no name, identity code, date of birth, contact detail or free-text note ever
// travels on Kafka, so no published schema may have a field for one.
describe('every registered contract', () => {
  it.each(registeredSchemas().map((s) => [`${s.type}.v${s.version}`, s.schema] as const))('%s has no personal-data field', (_key, schema) => {
    expect(personalDataFields(schema)).toEqual([]);
  });
});
