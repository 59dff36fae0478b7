import { Inject, Injectable, Module, type BeforeApplicationShutdown, type DynamicModule, type InjectionToken, type OnApplicationBootstrap, type Provider } from '@nestjs/common';
import type { EventStore, ParkedEventStore } from '@career/event-sourcing';
import { EVENT_STORE, SubscriberRegistry, SubscribersModule } from '@career/event-store';
import { BaseServiceConfig, CHECKPOINT_STORE, KeepTrying, PARKED_EVENT_STORE, ROOT_LOGGER, SERVICE_NAME, type ResettableCheckpointStore } from '@career/platform';
import type { Logger } from 'pino';
import { ProjectionRunner, type Projection } from '../projection-runner';

/**
 * One read model fed from the service's own streams: its name (the checkpoint is
 * `<service>.<name>`), the stream categories it reads, and how to build it from providers
 * of the service (its mongoose models, usually).
 */
export interface ProjectionDeclaration {
  name: string;
  categories: readonly string[];
  inject?: InjectionToken[];
  // The factory receives the injected providers in order; their types are the declaration's business.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  create: (...dependencies: any[]) => Projection;
}

/** Declares a projection for ProjectionsModule.forService (see ProjectionDeclaration). */
export function defineProjection(declaration: ProjectionDeclaration): ProjectionDeclaration {
  if (!/^[a-z][a-z0-9-]*$/.test(declaration.name)) throw new Error(`projection name must be kebab-case, got "${declaration.name}"`);
  return declaration;
}

const DECLARATIONS = Symbol('PROJECTION_DECLARATIONS');
const projectionToken = (name: string) => `PROJECTION:${name}`;

/**
 * The service's projections, run for the application's lifetime: each started in the
 * background once the application is up (retried while MongoDB is down), registered for
 * readiness and operators, stopped before shutdown after the batch in hand.
 */
@Injectable()
export class ProjectionRunners implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly runners = new Map<string, { runner: ProjectionRunner; starter: KeepTrying }>();

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CHECKPOINT_STORE) checkpoints: ResettableCheckpointStore,
    @Inject(PARKED_EVENT_STORE) parked: ParkedEventStore,
    @Inject(SERVICE_NAME) serviceName: string,
    @Inject(ROOT_LOGGER) logger: Logger,
    @Inject(DECLARATIONS) declarations: { declaration: ProjectionDeclaration; projection: Projection }[],
    private readonly registry: SubscriberRegistry,
    config: BaseServiceConfig,
  ) {
    const stuckAfterMs = config.SUBSCRIBER_STUCK_AFTER_MS;
    const projectionLogger = logger.child({ component: 'projection' });
    for (const { declaration, projection } of declarations) {
      const name = `${serviceName}.${declaration.name}`;
      const runner = new ProjectionRunner({ name, store, checkpoints, parked, categories: declaration.categories, projection, logger: projectionLogger, stuckAfterMs });
      this.runners.set(declaration.name, { runner, starter: new KeepTrying({ name, logger: projectionLogger }) });
    }
  }

  /** The runner of a declared projection, by its short name. */
  get(name: string): ProjectionRunner {
    const entry = this.runners.get(name);
    if (!entry) throw new Error(`no projection "${name}" is declared`);
    return entry.runner;
  }

  /** Drops a read model and replays it from the event store (run it in one instance only). */
  async rebuild(name: string): Promise<void> {
    await this.runners.get(name)?.starter.stop();
    await this.get(name).rebuild();
  }

  onApplicationBootstrap(): void {
    for (const { runner, starter } of this.runners.values()) {
      this.registry.register({ subscriber: runner.subscriber, startError: () => starter.error });
      starter.start(() => runner.start());
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.runners.values()].map(({ starter }) => starter.stop()));
    await Promise.all([...this.runners.values()].map(({ runner }) => (runner.subscriber.running ? runner.stop() : Promise.resolve())));
  }
}

/** `ProjectionsModule.forService({ imports: [ReadModelsModule], projections: [...] })`: one way to declare a service's read models. */
@Module({})
export class ProjectionsModule {
  static forService(options: { projections: readonly ProjectionDeclaration[]; imports?: DynamicModule['imports'] }): DynamicModule {
    const projectionProviders: Provider[] = options.projections.map((declaration) => ({
      provide: projectionToken(declaration.name),
      inject: declaration.inject ?? [],
      useFactory: (...dependencies: unknown[]) => declaration.create(...dependencies),
    }));
    const declarations: Provider = {
      provide: DECLARATIONS,
      inject: options.projections.map((declaration) => projectionToken(declaration.name)),
      useFactory: (...projections: Projection[]) => options.projections.map((declaration, i) => ({ declaration, projection: projections[i] })),
    };
    return {
      module: ProjectionsModule,
      imports: [SubscribersModule, ...(options.imports ?? [])],
      providers: [...projectionProviders, declarations, ProjectionRunners],
      exports: [ProjectionRunners],
    };
  }
}
