import { Module, type OnModuleInit } from '@nestjs/common';
import { shippedTaxonomy } from './domain/taxonomy-search';
import { TaxonomyController } from './http/taxonomy.controller';

@Module({ controllers: [TaxonomyController] })
export class TaxonomyModule implements OnModuleInit {
  /** Loads and indexes the ESCO files at start-up: a missing data file stops the service now, not on the first search. */
  onModuleInit(): void {
    shippedTaxonomy();
  }
}
