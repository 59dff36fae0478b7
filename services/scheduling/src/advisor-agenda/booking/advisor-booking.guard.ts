import { randomUUID } from 'node:crypto';
import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { AppendResult, AroundAppend } from '@career/event-sourcing';
import { isDuplicateKeyError, ROOT_LOGGER, withDocumentLock } from '@career/platform';
import type { Model } from 'mongoose';
import type { Logger } from 'pino';
import type { GuidanceProcessEvent } from '../../guidance-process/domain/guidance-process.events';
import type { GuidanceProcessState } from '../../guidance-process/domain/guidance-process.state';
import { overlaps, slotEnd, type TimeSlot } from '../../guidance-process/domain/time-slot';
import { SchedulingConfig } from '../../scheduling.config';
import { refuse } from '../../scheduling.errors';
import { AGENDA_MEETING_MODEL, OCCUPYING_STATUSES, type AgendaMeetingDocument } from '../read-models/agenda-meeting.schema';
import { ADVISOR_SLOT_MODEL, type AdvisorSlotDocument } from './advisor-slot.schema';

/** The slot a decision takes in an advisor's agenda. */
export interface Booking extends TimeSlot {
  advisorId: string;
  meetingId: string;
}

/**
 * The slot a guidance-process decision books: a new meeting's, or a moved meeting's new time
 * (its advisor is the process's). Undefined when it books none (a move to the same time
 * decides nothing, so it never gets here).
 */
export function bookingOf(state: GuidanceProcessState, newEvents: readonly GuidanceProcessEvent[]): Booking | undefined {
  for (const event of newEvents) {
    if (event.type === 'MeetingScheduled') {
      const { meetingId, advisorId, start, durationMinutes } = event.data;
      return { meetingId, advisorId, start, durationMinutes };
    }
    if (event.type === 'MeetingMoved' && state.status !== 'Empty') {
      return { meetingId: event.data.meetingId, advisorId: state.advisorId, ...event.data.to };
    }
  }
  return undefined;
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

  /**
   * The guidance-process command side's `aroundAppend` for bookings and moves: a decision that
   * books a slot appends under the advisor's lease, once the slot is checked free; any other
   * decision appends as it is. The rules of the process itself were decided already, so a
   * command they refuse never waits for a lease.
   */
  readonly aroundAppend: AroundAppend<GuidanceProcessState, GuidanceProcessEvent> = (decision, append) => {
    const booking = bookingOf(decision.state, decision.newEvents);
    return booking ? this.book(booking, append) : append();
  };

  /** Runs `append` only when the slot is free, holding the advisor's lease until the append is done. */
  async book(booking: Booking, append: () => Promise<AppendResult>): Promise<AppendResult> {
    return withDocumentLock(`advisor-booking\u0000${booking.advisorId}`, async () => {
      const lease = await this.acquire(booking.advisorId);
      let lastWrite: Lease['lastWrite'];
      try {
        await this.awaitProjected(lease.lastWrite);
        await this.assertFree(booking);
        const appended = await append();
        lastWrite = { meetingId: booking.meetingId, revision: appended.nextExpectedRevision };
        return appended;
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
    if (clash) throw refuse('ADVISOR.DOUBLE_BOOKED', { conflictingMeetingId: clash._id, conflictingStart: clash.start, conflictingEnd: clash.end });
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
