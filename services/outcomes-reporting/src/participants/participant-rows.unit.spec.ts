import type { IntegrationEvent } from '@career/contracts';
import { participantConsumers } from '../integration/participant-consumers';
import { InMemoryParticipantStore } from '../test-support/in-memory-participant-store';
import { ClientStory } from '../test-support/integration-events';
import { activity } from '../test-support/participant-row.builders';
import { twoProcessStory } from '../test-support/two-process-story';

/** Interleavings of the topics that keep each topic's own order (what Kafka guarantees per client). */
function interleavings(byTopic: Record<string, IntegrationEvent[]>): IntegrationEvent[][] {
  const topics = Object.values(byTopic);
  const concat = (lists: IntegrationEvent[][]) => lists.flat();
  const roundRobin = (lists: IntegrationEvent[][]) => {
    const out: IntegrationEvent[] = [];
    for (let i = 0; out.length < lists.flat().length; i++) for (const list of lists) if (list[i]) out.push(list[i]);
    return out;
  };
  return [concat(topics), concat([...topics].reverse()), roundRobin(topics), roundRobin([...topics].reverse())];
}

describe('participant rows from the integration events', () => {
  const story = new ClientStory('ORG-A', '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11');
  const events = twoProcessStory(story);

  const assembled = async () => {
    const store = new InMemoryParticipantStore();
    for (const event of interleavings(events)[0]) await store.apply(event);
    return store.assemble();
  };

  it('builds one row per process with entry data, phases, meetings, direction, licences, documents and self-assessment', async () => {
    const { rows, pending } = await assembled();
    expect(pending).toBe(0);
    const [first, second] = [rows.find((r) => r.processId === story.processId(1))!, rows.find((r) => r.processId === story.processId(2))!];
    expect(first).toEqual({
      processId: story.processId(1),
      clientId: story.clientId,
      organisation: 'ORG-A',
      project: 'S20738',
      // The municipality at entry and its region, from ClientRegistered (the example's Helsinki, Uusimaa).
      municipality: '091',
      region: '01',
      advisorId: 'advisor-7',
      entry: {
        date: '2026-02-03',
        gender: 'man',
        ageAtEntry: 52,
        labourMarketStatus: 'unemployed',
        unemploymentMonths: 7,
        isced: 3,
        disability: 'not-told',
        foreignBackground: 'no',
        thirdCountryNational: 'no',
        minority: 'not-told',
        homeless: 'no',
      },
      exitDate: '2026-06-30',
      phases: { initialAssessmentStarted: '2026-02-04', initialAssessmentCompleted: '2026-03-04' },
      meetingsHeld: 3,
      meetingsMissed: 1,
      direction: 'licence-training',
      trainingReferrals: 1,
      licencesEarned: [{ code: 'forklift-licence', date: '2026-04-10' }],
      documents: { cv: 1, application: 1 },
      selfAssessment: {
        start: { selfKnowledge: 2, identifyOwnSkills: 2, careerPlanningConfidence: 1 },
        startBy: 'client',
        end: { selfKnowledge: 4, identifyOwnSkills: 3, careerPlanningConfidence: 2 },
        endBy: 'client',
      },
      activity: activity({
        cv: { byAdvisor: 1 },
        application: { byClient: 1 },
        interestInventory: { byClient: 1 },
        selfAssessment: { byClient: 3 },
        skills: { byClient: 1, byAdvisor: 1 },
        profileText: { byClient: 1 },
      }),
      labourMarketEvents: [],
    });
    // The re-entry: the first entry's categories with the new date and status; its own phases and facts.
    expect(second).toMatchObject({
      advisorId: 'advisor-9',
      entry: { date: '2026-09-01', gender: 'man', labourMarketStatus: 'unemployed', unemploymentMonths: 2 },
      exitDate: '2026-12-15',
      phases: { initialAssessmentStarted: '2026-09-01', initialAssessmentOverdue: '2026-10-06' },
      meetingsHeld: 1,
      meetingsMissed: 0,
      trainingReferrals: 0,
      licencesEarned: [],
      documents: { cv: 1, application: 0 },
      selfAssessment: { start: { selfKnowledge: 3, identifyOwnSkills: 3, careerPlanningConfidence: 3 }, startBy: 'advisor' },
      activity: activity({ cv: { byAdvisor: 1 }, selfAssessment: { byAdvisor: 1 } }),
    });
    expect(second.direction).toBeUndefined();
  });

  it('gives the same rows whatever the interleaving of the topics', async () => {
    const results = [];
    for (const order of interleavings(events)) {
      const store = new InMemoryParticipantStore();
      for (const event of order) await store.apply(event);
      results.push(store.assemble());
    }
    for (const result of results.slice(1)) expect(result).toEqual(results[0]);
  });

  it('counts a redelivered event once', async () => {
    const store = new InMemoryParticipantStore();
    for (const event of interleavings(events)[0]) {
      await store.apply(event);
      await store.apply(event);
    }
    expect(store.assemble()).toEqual(await assembled());
  });

  it('keeps processes whose registration has not arrived out of the rows, as pending', async () => {
    const late = new ClientStory('ORG-A');
    const store = new InMemoryParticipantStore();
    await store.apply(late.processOpened(1, '2026-02-04T08:00:00.000Z'));
    await store.apply(late.meeting('held', 1, '2026-02-05T08:00:00.000Z'));
    expect(store.assemble()).toEqual({ rows: [], pending: 1 });
    await store.apply(late.registered());
    expect(store.assemble()).toMatchObject({ rows: [{ processId: late.processId(1), meetingsHeld: 1 }], pending: 0 });
  });

  it('stops using the voluntary answers when consent is withdrawn; destroying all personal data keeps the row and destroys the key', async () => {
    const store = new InMemoryParticipantStore();
    await store.apply(story.registered({ voluntary: { disability: 'yes', foreignBackground: 'yes', thirdCountryNational: 'no', minority: 'yes', homelessness: 'no' } }));
    const writes = store.writes.length;
    await store.apply(story.personalDataDestroyed('all'));
    expect({ writes: store.writes.length, destroyedKeys: store.destroyedKeys }).toEqual({ writes, destroyedKeys: [story.clientId] });
    expect(store.assemble().rows[0].entry.disability).toBe('yes');
    await store.apply(story.personalDataDestroyed('voluntary'));
    expect(store.assemble().rows[0].entry).toMatchObject({ disability: null, foreignBackground: null, thirdCountryNational: null, minority: null, homeless: null, gender: 'woman' });
  });

  it('maps every consumed event type to an update, and ignores the others', async () => {
    const everyType: IntegrationEvent[] = Object.values(events).flat();
    everyType.push(story.personalDataDestroyed('voluntary'));
    const writesOf = async (event: IntegrationEvent) => {
      const store = new InMemoryParticipantStore();
      await store.apply(event);
      return store.writes.length;
    };
    const consumed = participantConsumers({ write: async () => undefined, destroyKey: async () => undefined }).flatMap((consumer) => Object.keys(consumer.handlers));
    expect(consumed).toHaveLength(18);
    for (const type of consumed) {
      const event = everyType.find((e) => e.type === type);
      expect({ type, mapped: !!event }).toEqual({ type, mapped: true });
      expect({ type, updates: await writesOf(event!) }).toEqual({ type, updates: 1 });
    }
    const unknown = { ...everyType[0], type: 'MeetingScheduled' };
    expect(await writesOf(unknown)).toBe(0);
    expect(await writesOf({ ...everyType[0], version: 2 })).toBe(0);
  });
});
