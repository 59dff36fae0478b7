import { exampleClientRegisteredV1, sourceOf, topicOf, type IntegrationEvent } from '@career/contracts';
import { routerOf, type ProducerConsumer } from './integration-handlers';

describe('routerOf', () => {
  const clientId = '7b0f5a8e-6f1c-4d4a-9a57-0c2a7f3f6b11';
  const registered: IntegrationEvent = {
    id: 'a3d1c1f4-2b6e-4f7e-9a57-1c2a7f3f6b12',
    type: 'ClientRegistered',
    version: 1,
    source: sourceOf('client-intake'),
    subject: clientId,
    time: '2026-02-03T09:15:00.000Z',
    organisation: '0100',
    data: exampleClientRegisteredV1(clientId),
  };
  const handled: string[] = [];
  const intake: ProducerConsumer<'client-intake'> = {
    producer: 'client-intake',
    handlers: { ClientRegistered: async (event) => void handled.push(event.type) },
  };
  const router = routerOf([intake as unknown as ProducerConsumer]);
  const on = (topic: string) => ({ topic, partition: 0, offset: '0' });

  it('subscribes to the topic of each producer it has a consumer for', () => {
    expect(router.topics).toEqual([topicOf('client-intake')]);
  });

  it('concerns itself with a type it declares a handler for, on that producer’s topic only', () => {
    expect(router.concerns(registered, on(topicOf('client-intake')))).toBe(true);
    expect(router.concerns({ ...registered, type: 'ClientExited' }, on(topicOf('client-intake')))).toBe(false);
    expect(router.concerns(registered, on(topicOf('scheduling')))).toBe(false);
  });

  it('routes a concerned event to its handler and passes over the rest', async () => {
    await router.route(registered, on(topicOf('client-intake')));
    await router.route({ ...registered, type: 'ClientExited' }, on(topicOf('client-intake')));
    expect(handled).toEqual(['ClientRegistered']);
  });
});
