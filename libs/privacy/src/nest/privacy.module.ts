import { Global, Module } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/platform';
import type { Connection } from 'mongoose';
import type { DataKeyStore } from '../data-key-store.port';
import { loadMasterKey } from '../master-key';
import { MongoDataKeyStore } from '../mongo-data-key-store';
import { PersonalDataCipher } from '../personal-data-cipher';

/** Injection token of the service's DataKeyStore (to destroy a client's keys). */
export const DATA_KEY_STORE = 'DATA_KEY_STORE';

/** The service's per-client data keys (in its own MongoDB) and the cipher built on them. */
@Global()
@Module({
  providers: [
    { provide: DATA_KEY_STORE, inject: [MONGO_CONNECTION], useFactory: (connection: Connection) => new MongoDataKeyStore(connection, loadMasterKey()) },
    { provide: PersonalDataCipher, inject: [DATA_KEY_STORE], useFactory: (keys: DataKeyStore) => new PersonalDataCipher(keys) },
  ],
  exports: [DATA_KEY_STORE, PersonalDataCipher],
})
export class PrivacyModule {}
