import type { CommandContext, DomainEvent, EventCodec, PersonalFieldGroup, RecordedEvent } from '@career/event-sourcing';
import type { PersonalDataCipher } from './personal-data-cipher';

/**
 * The EventCodec every service uses for its own streams: personal fields are encrypted with
 * the client's key before the event is appended and decrypted (or ERASED) when read back, so
 * the event store never holds them in plaintext and destroying the key erases them.
 */
export function personalDataCodec<E extends DomainEvent>(cipher: PersonalDataCipher, groups: readonly PersonalFieldGroup[]): EventCodec<E> {
  return {
    async encode(event: E, context: CommandContext): Promise<DomainEvent> {
      let data = event.data as object;
      for (const group of groups) {
        const paths = group.fields[event.type] ?? [];
        if (paths.length > 0) data = await cipher.encryptFields(group.keyIdOf(context.clientId), data, paths);
      }
      return data === event.data ? event : { type: event.type, data };
    },
    async decode(event: RecordedEvent): Promise<E> {
      return (await decodePersonalData(cipher, groups, event)) as unknown as E;
    },
  };
}

/** A recorded event with its personal fields decrypted (ERASED once the key is destroyed). */
export async function decodePersonalData<R extends RecordedEvent>(cipher: PersonalDataCipher, groups: readonly PersonalFieldGroup[], event: R): Promise<R> {
  let data = event.data as object;
  for (const group of groups) {
    const paths = group.fields[event.type] ?? [];
    if (paths.length > 0) data = await cipher.decryptFields(group.keyIdOf(event.metadata.clientId), data, paths);
  }
  return data === event.data ? event : { ...event, data };
}
