import type { Provider } from '@nestjs/common';
import { PersonalDataCipher, personalDataCodec } from '@career/privacy';
import { type PersonalFieldGroup } from '@career/event-sourcing';
import { DATA_KEY_SCOPES, dataKeyIdOf, PERSONAL_FIELDS_BY_KEY, type ClientEvent } from './client.events';

/** Encrypts the personal fields of client events with the client's keys (DESIGN §4). */
export const CLIENT_EVENT_CODEC = 'CLIENT_EVENT_CODEC';

/** Identity fields under `<clientId>`, voluntary answers under `<clientId>:voluntary`. */
export const CLIENT_FIELD_GROUPS: PersonalFieldGroup[] = DATA_KEY_SCOPES.map((scope) => ({
  keyIdOf: (clientId: string) => dataKeyIdOf(clientId, scope),
  fields: PERSONAL_FIELDS_BY_KEY[scope],
}));

export const clientEventCodecProvider: Provider = {
  provide: CLIENT_EVENT_CODEC,
  inject: [PersonalDataCipher],
  useFactory: (cipher: PersonalDataCipher) => personalDataCodec<ClientEvent>(cipher, CLIENT_FIELD_GROUPS),
};
