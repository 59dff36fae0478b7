import { Module } from '@nestjs/common';
import { InterestInventoryController } from './http/interest-inventory.controller';

/** The RIASEC inventory form; its scoring is the profile's (domain/score-inventory.ts, used by the decider). */
@Module({ controllers: [InterestInventoryController] })
export class InterestInventoryModule {}
