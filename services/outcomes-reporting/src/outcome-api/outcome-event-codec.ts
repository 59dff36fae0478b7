import type { Provider } from '@nestjs/common';
import { PersonalDataCipher, personalDataCodec } from '@career/privacy';
import { oneKeyPerClient } from '@career/event-sourcing';
import { PERSONAL_FIELDS, type OutcomeEvent } from '../outcome';

/** Encrypts the personal fields of outcome events (a sole trader's business ID) with the client's key. */
export const OUTCOME_EVENT_CODEC = 'OUTCOME_EVENT_CODEC';

export const outcomeEventCodecProvider: Provider = {
  provide: OUTCOME_EVENT_CODEC,
  inject: [PersonalDataCipher],
  useFactory: (cipher: PersonalDataCipher) => personalDataCodec<OutcomeEvent>(cipher, oneKeyPerClient(PERSONAL_FIELDS)),
};
