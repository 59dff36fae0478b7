import type { Provider } from '@nestjs/common';
import type { EventCodec } from '@career/event-sourcing';
import { PersonalDataCipher, personalDataCodec } from '@career/privacy';
import { oneKeyPerClient } from '@career/event-sourcing';
import { PERSONAL_FIELDS, type SkillsProfileEvent } from './skills-profile.events';

/** Injection token of the codec that encrypts evidence and descriptions with the client's key (DESIGN §4). */
export const SKILLS_PROFILE_CODEC = 'SKILLS_PROFILE_CODEC';

export type SkillsProfileCodec = EventCodec<SkillsProfileEvent>;

export const skillsProfileCodecProvider: Provider = {
  provide: SKILLS_PROFILE_CODEC,
  inject: [PersonalDataCipher],
  useFactory: (cipher: PersonalDataCipher): SkillsProfileCodec => personalDataCodec<SkillsProfileEvent>(cipher, oneKeyPerClient(PERSONAL_FIELDS)),
};
