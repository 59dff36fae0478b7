import type { Provider } from '@nestjs/common';
import type { CommandSideOf } from '@career/event-sourcing';
import { MONGO_CONNECTION, ROOT_LOGGER } from '@career/platform';
import { keyedHash, loadIdentityHashSecret } from '@career/privacy';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { ClientIntakeConfig } from '../../client-intake.config';
import { client } from '../domain/client.aggregate';
import { IdentityCodeIndex, standingOf } from './identity-code-index';

export const IDENTITY_CODE_INDEX = 'IDENTITY_CODE_INDEX';
export const IDENTITY_CODE_HASHER = 'IDENTITY_CODE_HASHER';

/** organisation + personal identity code -> the lookup token (HMAC-SHA256 with IDENTITY_HASH_SECRET). */
export type IdentityCodeHasher = (organisation: string, personalIdentityCode: string) => string;

/** Keeps tokens of this use apart from any other keyed hash made with the same secret. */
const PURPOSE = 'personal-identity-code';

export const identityCodeProviders: Provider[] = [
  {
    provide: IDENTITY_CODE_HASHER,
    inject: [ROOT_LOGGER],
    useFactory: (logger: Logger): IdentityCodeHasher => {
      const secret = loadIdentityHashSecret(process.env, { warn: (line) => logger.warn(line) });
      // Exactly as given: two codes differing only by the century sign are different people.
      return (organisation, code) => keyedHash(secret, PURPOSE, organisation, code);
    },
  },
  {
    provide: IDENTITY_CODE_INDEX,
    inject: [MONGO_CONNECTION, client.token, ClientIntakeConfig],
    useFactory: (connection: Connection, clients: CommandSideOf<typeof client>, config: ClientIntakeConfig) =>
      new IdentityCodeIndex(connection, {
        // Folded from the stored events without decrypting anything: the status needs no personal value.
        standingOf: async (clientId) => standingOf((await clients.standing(clientId))?.state),
        graceMs: config.IDENTITY_CLAIM_GRACE_MS,
      }),
  },
];
