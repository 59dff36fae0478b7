import { Injectable } from '@nestjs/common';
import type { EventOfType } from '@career/contracts';
import type { IntegrationHandlers, ProducerConsumer } from '@career/messaging';
import { TrainingLicences } from './training-licences';

/**
 * What scheduling's facts change here: a passed training's licence joins the client's profile.
 * Meetings, referrals and the rest are not this service's business.
 */
@Injectable()
export class SchedulingConsumer implements ProducerConsumer<'scheduling'> {
  readonly producer = 'scheduling' as const;
  readonly handlers: IntegrationHandlers<'scheduling'> = {
    TrainingCompleted: (event) => this.trainingCompleted(event),
  };

  constructor(private readonly trainings: TrainingLicences) {}

  private async trainingCompleted({ id, data }: EventOfType<'scheduling', 'TrainingCompleted'>): Promise<void> {
    if (!data.passed) return;
    await this.trainings.take({
      clientId: data.clientId,
      organisation: data.organisation,
      referralId: data.referralId,
      licenceCode: data.licenceCode,
      ...(data.validUntil !== undefined && { validUntil: data.validUntil }),
      eventId: id,
    });
  }
}
