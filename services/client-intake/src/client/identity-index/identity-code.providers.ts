import type { Provider } from '@nestjs/common';
import { ROOT_LOGGER } from '@career/platform';
import { keyedHash, loadIdentityHashSecret } from '@career/privacy';
import { MONGO_CONNECTION } from '@career/platform';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { ClientIntakeConfig } from '../../client-intake.config';
import { ClientStreamReader } from '../client-stream.reader';
import { IdentityCodeIndex } from './identity-code-index';

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
    inject: [MONGO_CONNECTION, ClientStreamReader, ClientIntakeConfig],
    useFactory: (connection: Connection, reader: ClientStreamReader, config: ClientIntakeConfig) =>
      new IdentityCodeIndex(connection, { standingOf: (clientId) => reader.standingOf(clientId), graceMs: config.IDENTITY_CLAIM_GRACE_MS }),
  },
];
