import type { CommandContext, DomainEvent, EventCodec, RecordedEvent } from '@career/event-sourcing';
import type { PersonalDataCipher } from './personal-data-cipher';

/** For each event type, the dotted paths of its payload that are personal data. */
export type PersonalFieldsByType = Readonly<Record<string, readonly string[]>>;

/**
 * Fields encrypted under one of the client's keys. Most services keep one key per client
 * (`keyIdOf` = the client id); client-intake keeps a second one for the voluntary answers so
 * that withdrawing consent can shred them alone.
 */
export interface PersonalFieldGroup {
  keyIdOf: (clientId: string) => string;
  fields: PersonalFieldsByType;
}

/** The usual case: every personal field under the client's one key. */
export function oneKeyPerClient(fields: PersonalFieldsByType): PersonalFieldGroup[] {
  return [{ keyIdOf: (clientId) => clientId, fields }];
}

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
