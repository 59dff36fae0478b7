import type { Provider } from '@nestjs/common';
import { PersonalDataCipher, personalDataCodec } from '@career/privacy';
import { oneKeyPerClient } from '@career/event-sourcing';
import { PERSONAL_FIELDS, type GuidanceProcessEvent } from './guidance-process.events';

/** Encrypts notes, reasons, locations and licence numbers with the client's own key (DESIGN §4). */
export const GUIDANCE_PROCESS_CODEC = 'GUIDANCE_PROCESS_CODEC';

export const guidanceProcessCodecProvider: Provider = {
  provide: GUIDANCE_PROCESS_CODEC,
  inject: [PersonalDataCipher],
  useFactory: (cipher: PersonalDataCipher) => personalDataCodec<GuidanceProcessEvent>(cipher, oneKeyPerClient(PERSONAL_FIELDS)),
};
