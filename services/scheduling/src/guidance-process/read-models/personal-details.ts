import { isErased } from '@career/privacy';
import type { GuidanceProcessEvent } from '../domain/guidance-process.events';

/** The free texts and personal fields of one meeting, as decrypted from its events. */
export interface MeetingPersonalDetails {
  location?: string;
  extraReason?: string;
  moveReasons?: string[];
  cancelReason?: string;
  notes?: string;
}

/**
 * The personal fields of a process, collected from its decoded events: the decider's state
 * keeps none of them (no rule reads them). A field whose key was destroyed is left out and
 * `erased` says so.
 */
export interface PersonalDetails {
  meetings: Record<string, MeetingPersonalDetails>;
  rationale?: string;
  licenceIdentifiers: Record<string, string>;
  closeNote?: string;
  erased: boolean;
}

export function collectPersonalDetails(events: readonly GuidanceProcessEvent[]): PersonalDetails {
  const details: PersonalDetails = { meetings: {}, licenceIdentifiers: {}, erased: false };
  const text = (value: unknown): string | undefined => {
    if (isErased(value)) {
      details.erased = true;
      return undefined;
    }
    return typeof value === 'string' ? value : undefined;
  };
  const meeting = (id: string): MeetingPersonalDetails => (details.meetings[id] ??= {});
  for (const event of events) {
    switch (event.type) {
      case 'MeetingScheduled': {
        const m = meeting(event.data.meetingId);
        m.location = text(event.data.location);
        m.extraReason = text(event.data.extraReason);
        break;
      }
      case 'MeetingMoved': {
        const reason = text(event.data.reason);
        if (reason) (meeting(event.data.meetingId).moveReasons ??= []).push(reason);
        break;
      }
      case 'MeetingCancelled':
        meeting(event.data.meetingId).cancelReason = text(event.data.reason);
        break;
      case 'MeetingHeld':
        meeting(event.data.meetingId).notes = text(event.data.notes);
        break;
      case 'InitialAssessmentCompleted':
        details.rationale = text(event.data.rationale);
        break;
      case 'TrainingCompleted': {
        const identifier = text(event.data.licenceIdentifier);
        if (identifier) details.licenceIdentifiers[event.data.referralId] = identifier;
        break;
      }
      case 'ProcessClosed':
        details.closeNote = text(event.data.note);
        break;
      default:
        break;
    }
  }
  return details;
}
