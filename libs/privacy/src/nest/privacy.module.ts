import { Global, Module } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/projections';
import type { Connection } from 'mongoose';
import { loadMasterKey } from '../master-key';
import { MongoDataKeyStore } from '../mongo-data-key-store';
import { PersonalDataCipher } from '../personal-data-cipher';

/** The service's per-client data keys (in its own MongoDB) and the cipher built on them. */
@Global()
@Module({
  providers: [
    {
      provide: PersonalDataCipher,
      inject: [MONGO_CONNECTION],
      useFactory: (connection: Connection) => new PersonalDataCipher(new MongoDataKeyStore(connection, loadMasterKey())),
    },
  ],
  exports: [PersonalDataCipher],
})
export class PrivacyModule {}
