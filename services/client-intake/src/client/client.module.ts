import { Module } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/platform';
import type { Connection } from 'mongoose';
import { clientEventCodecProvider } from './client-event-codec';
import { ClientReadsController } from './client-reads.controller';
import { ClientStreamReader } from './client-stream.reader';
import { ClientController } from './client.controller';
import { ChangeClientHandler } from './commands/change-client.handler';
import { ReenterClientHandler } from './commands/reenter-client.handler';
import { RegisterClientHandler } from './commands/register-client.handler';
import { identityCodeProviders } from './identity-index/identity-code.providers';
import { InternalClientsController } from './internal/internal-clients.controller';
import { DataKeyShredder } from './personal-data/data-key-shredder';
import { PersonalDataUseLog } from './personal-data/personal-data-use-log';
import { AuditTrailHandler } from './queries/audit-trail.query';
import { ClientContactHandler } from './queries/client-contact.query';
import { ExportClientHandler } from './queries/export-client.query';
import { GetClientHandler } from './queries/get-client.query';
import { ListClientsHandler } from './queries/list-clients.query';
import { CLIENT_ROW_MODEL, clientRowModel } from './read-model/client-row.schema';
import { ClientProjections } from './read-model/client-projections';
import { RetentionController } from './retention/retention.controller';
import { RetentionJob } from './retention/retention.job';

@Module({
  controllers: [ClientController, ClientReadsController, InternalClientsController, RetentionController],
  providers: [
    clientEventCodecProvider,
    ...identityCodeProviders,
    { provide: CLIENT_ROW_MODEL, inject: [MONGO_CONNECTION], useFactory: (connection: Connection) => clientRowModel(connection) },
    ClientStreamReader,
    PersonalDataUseLog,
    DataKeyShredder,
    ClientProjections,
    RetentionJob,
    RegisterClientHandler,
    ChangeClientHandler,
    ReenterClientHandler,
    GetClientHandler,
    ListClientsHandler,
    ExportClientHandler,
    AuditTrailHandler,
    ClientContactHandler,
  ],
})
export class ClientModule {}
