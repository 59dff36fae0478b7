import { isPersonalDataDestroyed, type CommandContext, type DomainEvent, type EventCodec, type PersonalFieldGroup, type RecordedEvent } from '@career/event-sourcing';
import { isErased, type EncryptedValue } from './encrypted-value';
import type { PersonalDataCipher } from './personal-data-cipher';

/** The "field path" a sealed snapshot state is bound to (part of the AAD). */
const SNAPSHOT_STATE_PATH = '$snapshot.state';

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
    /**
     * A folded state holds the decrypted personal fields, so a snapshot of it is encrypted under
     * every key the aggregate's personal fields use (one layer per key, the last key outermost):
     * destroying any of them makes the snapshot unreadable, exactly like the fields it folds.
     * Undefined when a key is destroyed: no snapshot is taken then.
     */
    async sealState(clientId: string, state: unknown): Promise<string | undefined> {
      let sealed: unknown = state;
      try {
        for (const group of groups) sealed = await cipher.encrypt(group.keyIdOf(clientId), sealed, SNAPSHOT_STATE_PATH);
      } catch (error) {
        if (isPersonalDataDestroyed(error)) return undefined;
        throw error;
      }
      return JSON.stringify(sealed);
    },
    /** The state again; undefined once a key is destroyed (the command side folds the stream from its start). */
    async openState(clientId: string, sealed: string): Promise<unknown> {
      let value: unknown = JSON.parse(sealed);
      for (const group of [...groups].reverse()) {
        value = await cipher.decrypt(group.keyIdOf(clientId), value as EncryptedValue, SNAPSHOT_STATE_PATH);
        if (isErased(value)) return undefined;
      }
      return value;
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
