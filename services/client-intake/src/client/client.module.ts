import { Module } from '@nestjs/common';
import { CommandSideModule } from '@career/event-store';
import { MONGO_CONNECTION } from '@career/platform';
import type { Connection } from 'mongoose';
import { client } from './domain/client.aggregate';
import { ClientController } from './http/client.controller';
import { ClientReadsController } from './http/client-reads.controller';
import { InternalClientsController } from './http/internal-clients.controller';
import { MeController } from './http/me.controller';
import { RetentionController } from './http/retention.controller';
import { IdentityCodeGuard } from './identity-index/identity-code-guard';
import { identityCodeProviders } from './identity-index/identity-code.providers';
import { PersonResolver } from './identity-index/person-resolver';
import { CLIENT_RESOLVER } from '@career/auth';
import { DataKeyShredder } from './personal-data/data-key-shredder';
import { PersonalDataUseLog } from './personal-data/personal-data-use-log';
import { AuditTrailHandler } from './queries/audit-trail.query';
import { ClientContactHandler } from './queries/client-contact.query';
import { ExportClientHandler } from './queries/export-client.query';
import { GetClientHandler } from './queries/get-client.query';
import { ExportOwnDataHandler, GetOwnDetailsHandler } from './queries/own-data.query';
import { CLIENT_ROW_MODEL, clientRowModel } from './read-models/client-row.schema';
import { ListClientsHandler } from './read-models/list-clients.query';
import { RetentionJob } from './retention/retention.job';

/**
 * Clients: the command side of the client aggregate, duplicate detection, crypto-shredding,
 * the log of use, the reads and the retention job. Exports what the projections need.
 */
@Module({
  imports: [CommandSideModule.forAggregates([client])],
  controllers: [ClientController, ClientReadsController, InternalClientsController, RetentionController, MeController],
  providers: [
    ...identityCodeProviders,
    { provide: CLIENT_RESOLVER, useClass: PersonResolver },
    { provide: CLIENT_ROW_MODEL, inject: [MONGO_CONNECTION], useFactory: (connection: Connection) => clientRowModel(connection) },
    IdentityCodeGuard,
    DataKeyShredder,
    PersonalDataUseLog,
    RetentionJob,
    GetClientHandler,
    ListClientsHandler,
    ExportClientHandler,
    AuditTrailHandler,
    ClientContactHandler,
    GetOwnDetailsHandler,
    ExportOwnDataHandler,
  ],
  exports: [CLIENT_ROW_MODEL, DataKeyShredder],
})
export class ClientModule {}
