import 'reflect-metadata';
import { runService } from '@career/platform';
import { AppModule, SERVICE_NAME } from './app.module';
import { SchedulingConfig } from './scheduling.config';

void runService({ name: SERVICE_NAME, rootModule: AppModule, defaultPort: 3002, config: SchedulingConfig });
