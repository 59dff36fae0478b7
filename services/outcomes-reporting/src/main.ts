import 'reflect-metadata';
import { runService } from '@career/platform';
import { AppModule, SERVICE_NAME } from './app.module';
import { OutcomesReportingConfig } from './outcomes-reporting.config';

void runService({ name: SERVICE_NAME, rootModule: AppModule, defaultPort: 3005, config: OutcomesReportingConfig });
