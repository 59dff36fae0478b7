import { Inject, Injectable } from '@nestjs/common';
import type { AroundAppend } from '@career/event-sourcing';
import { DATA_KEY_STORE, type DataKeyStore } from '@career/privacy';
import { refuse } from '../../skills-assessment.errors';
import type { SkillsProfileEvent } from '../domain/skills-profile.events';
import type { SkillsProfileState } from '../domain/skills-profile.state';

/**
 * Once a client's personal data is destroyed (client-intake's PersonalDataDestroyed, scope
 * `all`) their profile takes no change at all, also none without a personal field (a licence,
 * a completion): the record is closed, not only unreadable. The key lives in the key store, not
 * in the stream, so every profile command wraps its append with this check
 * (docs/architecture.md#the-rules, aroundAppend). The codec refuses too, for a destruction that
 * lands between this check and the append.
 */
@Injectable()
export class ClosedAfterDestruction {
  constructor(@Inject(DATA_KEY_STORE) private readonly keys: DataKeyStore) {}

  readonly aroundAppend: AroundAppend<SkillsProfileState, SkillsProfileEvent> = async (decision, append) => {
    if (await this.keys.isDestroyed(decision.clientId)) throw refuse('PROFILE.PERSONAL_DATA_DESTROYED');
    return append();
  };
}
