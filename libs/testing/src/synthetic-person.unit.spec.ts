import { registrationBody, syntheticPerson } from './synthetic-person';

describe('syntheticPerson', () => {
  it('gives every n an identity code of its own, with the birth date the code says', () => {
    const people = Array.from({ length: 2_000 }, (_, n) => syntheticPerson(n));
    expect(new Set(people.map((p) => p.personalIdentityCode)).size).toBe(2_000);
    expect(people[0]).toEqual({ personalIdentityCode: expect.stringMatching(/^010150-002.$/), dateOfBirth: '1950-01-01' });
    expect(people[898]).toEqual({ personalIdentityCode: expect.stringMatching(/^020150-002.$/), dateOfBirth: '1950-01-02' });
  });

  it('fills a registration body, overrides last', () => {
    const body = registrationBody('0100', 'Testaaja', syntheticPerson(1), { advisorId: 'a-1', firstName: 'Penkki' });
    expect(body).toMatchObject({ organisation: '0100', lastName: 'Testaaja', firstName: 'Penkki', advisorId: 'a-1', dateOfBirth: '1950-01-01' });
  });
});
