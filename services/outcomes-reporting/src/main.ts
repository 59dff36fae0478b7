import 'reflect-metadata';
import { runService } from '@career/platform';
import { AppModule } from './app.module';
import { OutcomesReportingConfig, SERVICE_NAME } from './outcomes-reporting.config';

void runService({ name: SERVICE_NAME, rootModule: AppModule, defaultPort: 3005, config: OutcomesReportingConfig });
