import { ClientNameErasedError, parseClientContact } from './client-contact';
import { AnswerShapeError } from '@career/platform';

const answer = {
  clientId: '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11',
  firstName: 'Aino',
  lastName: 'Äijälä',
  email: 'aino@example.fi',
  phone: null,
  municipality: 'Oulu',
  preferredLanguage: 'sv',
  revision: 3,
};

describe('parseClientContact', () => {
  it('reads the agreed shape; null and missing contact details are left out', () => {
    expect(parseClientContact(answer)).toEqual({
      clientId: answer.clientId,
      contact: { firstName: 'Aino', lastName: 'Äijälä', email: 'aino@example.fi', municipality: 'Oulu' },
      preferredLanguage: 'sv',
      revision: 3,
    });
  });

  it('keeps the organisation when the answer names it', () => {
    expect(parseClientContact({ ...answer, organisation: 'ORG-1' }).organisation).toBe('ORG-1');
  });

  it("reads client-intake's answer with the revision in the ETag, an address object and the erased list", () => {
    const { revision: _revision, ...withoutRevision } = answer;
    const parsed = parseClientContact({ ...withoutRevision, organisation: 'ORG-1', address: { street: 'Katu 1' }, erased: ['phone'] }, 9);
    expect(parsed.revision).toBe(9);
    expect(parsed.contact).toEqual({ firstName: 'Aino', lastName: 'Äijälä', email: 'aino@example.fi', municipality: 'Oulu' });
    // A revision in the body wins over the ETag.
    expect(parseClientContact(answer, 9).revision).toBe(3);
  });

  it('says so when the name was erased (personal data destroyed)', () => {
    expect(() => parseClientContact({ ...answer, firstName: null, lastName: null, erased: ['name'] })).toThrow(ClientNameErasedError);
  });

  it('refuses an answer without a name, with an unknown language or without a revision', () => {
    expect(() => parseClientContact({ ...answer, lastName: '' })).toThrow(new AnswerShapeError('lastName'));
    expect(() => parseClientContact({ ...answer, preferredLanguage: 'de' })).toThrow(new AnswerShapeError('preferredLanguage'));
    expect(() => parseClientContact({ ...answer, revision: undefined })).toThrow(new AnswerShapeError('revision'));
  });
});
