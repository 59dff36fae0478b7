import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { CommandSide, type Aggregate, type DomainEvent, type EventStore } from '@career/event-sourcing';
import { PersonalDataCipher, personalDataCodec } from '@career/privacy';
import { EVENT_STORE } from './event-store.module';

// Aggregates of any shape: the module only passes them to CommandSide. The command type is
// `any` too: an aggregate whose clientIdOf reads its own command type would not be assignable
// to one taking any `{ type: string }` (function parameters are checked contravariantly).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyAggregate = Aggregate<any, any, DomainEvent>;

/**
 * Binds each aggregate's command side to the service's event store and, where the aggregate
 * declares personal data, to a codec that encrypts it with the client's keys. Inject one with
 * `@Inject(guidanceProcess.token) processes: CommandSideOf<typeof guidanceProcess>`.
 */
@Module({})
export class CommandSideModule {
  static forAggregates(aggregates: readonly AnyAggregate[]): DynamicModule {
    const providers: Provider[] = aggregates.map((aggregate) => ({
      provide: aggregate.token,
      inject: [EVENT_STORE, { token: PersonalDataCipher, optional: true }],
      useFactory: (store: EventStore, cipher: PersonalDataCipher | undefined) => {
        if (aggregate.personalData.length === 0) return new CommandSide(aggregate, store);
        if (!cipher) throw new Error(`${aggregate.category}: personal data declared but no PersonalDataCipher (import PrivacyModule)`);
        return new CommandSide(aggregate, store, personalDataCodec(cipher, aggregate.personalData));
      },
    }));
    return { module: CommandSideModule, providers, exports: providers.map((p) => (p as { provide: symbol }).provide) };
  }
}
