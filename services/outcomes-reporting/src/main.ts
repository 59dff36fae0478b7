import 'reflect-metadata';
import { runService } from '@career/platform';
import { AppModule, SERVICE_NAME } from './app.module';

void runService({ name: SERVICE_NAME, rootModule: AppModule, defaultPort: 3005 });
