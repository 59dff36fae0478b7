import { randomUUID } from 'node:crypto';
import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { DomainError } from '@career/event-sourcing';
import { ROOT_LOGGER } from '@career/platform';
import { isDuplicateKeyError, withDocumentLock } from '@career/platform';
import type { Model } from 'mongoose';
import type { Logger } from 'pino';
import { overlaps, slotEnd, type TimeSlot } from '../calendar/time-slot';
import { SchedulingConfig } from '../scheduling.config';
import { ADVISOR_SLOT_MODEL, type AdvisorSlotDocument } from './advisor-slot.schema';
import { AGENDA_MEETING_MODEL, OCCUPYING_STATUSES, type AgendaMeetingDocument } from './agenda-meeting.schema';

export interface Booking extends TimeSlot {
  advisorId: string;
  meetingId: string;
}

interface Lease {
  token: string;
  version: number;
  lastWrite?: AdvisorSlotDocument['lastWrite'];
}

/** How long a booking waits for the agenda to show the previous booking. */
const PROJECTION_WAIT_MS = 5_000;
const POLL_MS = 10;

/**
 * An advisor must not be double-booked, but the advisor's meetings live in many guidance-process
 * streams, so no decider sees them all. Bookings for one advisor are therefore serialised:
 * in this process by an in-memory queue, across instances by a lease in `advisor_slots` taken
 * with a conditional update on its version. Under the lease the booking waits until the agenda
 * read model shows the previous holder's write (`lastWrite`), checks the new slot against it,
 * appends, and hands `lastWrite` on. A holder that dies is replaced after the lease time.
 */
@Injectable()
export class AdvisorBookingGuard {
  constructor(
    @Inject(ADVISOR_SLOT_MODEL) private readonly slots: Model<AdvisorSlotDocument>,
    @Inject(AGENDA_MEETING_MODEL) private readonly agenda: Model<AgendaMeetingDocument>,
    private readonly config: SchedulingConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  /** Runs `write` (the append, returning the stream revision it reached) only when the slot is free. */
  async book<T>(booking: Booking, write: () => Promise<{ result: T; revision: number }>): Promise<T> {
    return withDocumentLock(`advisor-booking\u0000${booking.advisorId}`, async () => {
      const lease = await this.acquire(booking.advisorId);
      let lastWrite: Lease['lastWrite'];
      try {
        await this.awaitProjected(lease.lastWrite);
        await this.assertFree(booking);
        const { result, revision } = await write();
        lastWrite = { meetingId: booking.meetingId, revision };
        return result;
      } finally {
        await this.release(booking.advisorId, lease, lastWrite);
      }
    });
  }

  private async assertFree(booking: Booking): Promise<void> {
    const start = new Date(booking.start).toISOString();
    const end = slotEnd(booking).toISOString();
    // The query narrows by the stored instants; `overlaps` is the rule itself.
    const candidates = await this.agenda
      .find({ advisorId: booking.advisorId, _id: { $ne: booking.meetingId }, status: { $in: OCCUPYING_STATUSES }, start: { $lt: end }, end: { $gt: start } })
      .lean();
    const clash = candidates.find((m) => overlaps(m, booking));
    if (clash) {
      throw new DomainError('ADVISOR.DOUBLE_BOOKED', 'The advisor already has a meeting at this time.', {
        conflictingMeetingId: clash._id,
        conflictingStart: clash.start,
        conflictingEnd: clash.end,
      });
    }
  }

  private async acquire(advisorId: string): Promise<Lease> {
    const token = randomUUID();
    const leaseMs = this.config.ADVISOR_BOOKING_LEASE_MS;
    const deadline = Date.now() + leaseMs + PROJECTION_WAIT_MS;
    for (;;) {
      const now = Date.now();
      const current = await this.slots.findById(advisorId).lean();
      if (!current) {
        try {
          await this.slots.create({ _id: advisorId, version: 1, holder: token, heldUntil: now + leaseMs });
          return { token, version: 1 };
        } catch (error) {
          if (!isDuplicateKeyError(error)) throw error;
          continue; // another instance created it first: take the usual path
        }
      }
      if (!current.holder || (current.heldUntil ?? 0) <= now) {
        const taken = await this.slots.updateOne(
          { _id: advisorId, version: current.version },
          { $set: { version: current.version + 1, holder: token, heldUntil: now + leaseMs } },
        );
        if (taken.modifiedCount === 1) return { token, version: current.version + 1, lastWrite: current.lastWrite };
        continue;
      }
      if (now > deadline) throw new ServiceUnavailableException('The advisor’s agenda is busy; retry shortly.');
      await sleep(POLL_MS + Math.random() * 2 * POLL_MS);
    }
  }

  private async awaitProjected(lastWrite: Lease['lastWrite']): Promise<void> {
    if (!lastWrite) return;
    const deadline = Date.now() + PROJECTION_WAIT_MS;
    while (!(await this.agenda.exists({ _id: lastWrite.meetingId, revision: { $gte: lastWrite.revision } }))) {
      if (Date.now() > deadline) throw new ServiceUnavailableException('The advisor’s agenda is catching up; retry shortly.');
      await sleep(POLL_MS);
    }
  }

  private async release(advisorId: string, lease: Lease, lastWrite: Lease['lastWrite']): Promise<void> {
    try {
      await this.slots.updateOne(
        { _id: advisorId, version: lease.version, holder: lease.token },
        { $set: { version: lease.version + 1, ...(lastWrite ? { lastWrite } : {}) }, $unset: { holder: 1, heldUntil: 1 } },
      );
    } catch (error) {
      // The lease then expires by itself; the booking itself has succeeded or failed already.
      this.logger.warn({ err: { name: (error as Error).name, message: (error as Error).message } }, 'advisor booking lease not released');
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
