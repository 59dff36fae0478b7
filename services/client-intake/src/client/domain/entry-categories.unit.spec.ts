import { fold } from '@career/event-sourcing';
import { clientDecider } from './client.decider';
import type { ClientRegistered } from './client.events';
import { entryCategories, entryCategoriesOfRegistration } from './entry-categories';
import { registeredEvent, withVoluntaryAnswers } from '../../test-support/client.test-fixtures';

describe('entry categories (what ClientRegistered carries on Kafka)', () => {
  it('are the first entry data, the age in whole years and the voluntary answers as categories', () => {
    expect(entryCategories(fold(clientDecider, withVoluntaryAnswers))).toEqual({
      entryDate: '2026-02-03',
      gender: 'woman',
      ageAtEntry: 46,
      labourMarketStatus: 'unemployed',
      unemploymentMonths: 7,
      highestEducationIsced: 3,
      voluntary: {
        disability: 'yes',
        foreignBackground: 'no',
        thirdCountryNational: 'not-told',
        minority: 'not-told',
        homelessness: 'not-told',
      },
      entryDataComplete: true,
    });
  });

  it('hold no direct identifier', () => {
    const text = JSON.stringify(entryCategories(fold(clientDecider, withVoluntaryAnswers)));
    expect(text).not.toMatch(/Maija|Meikäläinen|010180|1980-01-01|example\.fi|\+358|091/);
  });

  it('leave unknown entry data out and mark the record incomplete', () => {
    const registered = registeredEvent({ entry: { gender: 'not-told', ageAtEntry: 46 }, entryDataComplete: false });
    expect(entryCategories(fold(clientDecider, [registered]))).toEqual({
      entryDate: '2026-02-03',
      gender: 'not-told',
      ageAtEntry: 46,
      voluntary: { disability: 'not-told', foreignBackground: 'not-told', thirdCountryNational: 'not-told', minority: 'not-told', homelessness: 'not-told' },
      entryDataComplete: false,
    });
  });

  it('are undefined before registration', () => {
    expect(entryCategories(clientDecider.initialState())).toBeUndefined();
  });

  it('come out the same from the decoded ClientRegistered event alone (for the relay)', () => {
    const [registered] = withVoluntaryAnswers as [ClientRegistered];
    expect(entryCategoriesOfRegistration(registered.data)).toEqual(entryCategories(fold(clientDecider, withVoluntaryAnswers)));
  });

  it("read 'not-told' for answers decoded as ERASED (voluntary key destroyed)", () => {
    const [registered] = withVoluntaryAnswers as [ClientRegistered];
    const erased = { ...registered.data, voluntary: { $erased: true } } as unknown as ClientRegistered['data'];
    expect(entryCategoriesOfRegistration(erased).voluntary).toEqual({
      disability: 'not-told',
      foreignBackground: 'not-told',
      thirdCountryNational: 'not-told',
      minority: 'not-told',
      homelessness: 'not-told',
    });
  });

  it('refuse still-encrypted answers rather than publish them as not told', () => {
    const [registered] = withVoluntaryAnswers as [ClientRegistered];
    const stored = { ...registered.data, voluntary: { $enc: 'aes-256-gcm/v1', iv: 'aa', ct: 'bb', tag: 'cc' } } as unknown as ClientRegistered['data'];
    expect(() => entryCategoriesOfRegistration(stored)).toThrow('still encrypted');
  });
});
