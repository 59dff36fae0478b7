import type { CommandContext, DomainEvent, EventCodec, RecordedEvent } from '@career/event-sourcing';
import type { PersonalDataCipher } from './personal-data-cipher';

/** For each event type, the dotted paths of its payload that are personal data. */
export type PersonalFieldsByType = Readonly<Record<string, readonly string[]>>;

/**
 * The EventCodec every service uses for its own streams: personal fields are encrypted with
 * the client's key before the event is appended and decrypted (or ERASED) when read back, so
 * the event store never holds them in plaintext and destroying the key erases them.
 */
export function personalDataCodec<E extends DomainEvent>(
  cipher: PersonalDataCipher,
  personalFields: PersonalFieldsByType,
): EventCodec<E> {
  return {
    async encode(event: E, context: CommandContext): Promise<DomainEvent> {
      const paths = personalFields[event.type] ?? [];
      if (paths.length === 0) return event;
      return { type: event.type, data: await cipher.encryptFields(context.clientId, event.data as object, paths) };
    },
    async decode(event: RecordedEvent): Promise<E> {
      return (await decodePersonalData(cipher, personalFields, event)) as unknown as E;
    },
  };
}

/** A recorded event with its personal fields decrypted (ERASED once the key is destroyed). */
export async function decodePersonalData<R extends RecordedEvent>(
  cipher: PersonalDataCipher,
  personalFields: PersonalFieldsByType,
  event: R,
): Promise<R> {
  const paths = personalFields[event.type] ?? [];
  if (paths.length === 0) return event;
  return { ...event, data: await cipher.decryptFields(event.metadata.clientId, event.data as object, paths) };
}
