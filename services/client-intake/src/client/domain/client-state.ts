import type { CalendarDate } from '@career/calendar';
import type { EntryFacts, LabourMarketSituation } from './entry-data';
import type { VoluntaryAnswers } from './voluntary-answers';
import type { DestructionReason, ExitReason, PostalAddress, PreferredLanguage, ReferralSource } from './client-vocabulary';

/**
 * What the decider remembers of a client. Only what some rule needs: no names and no identity
 * code (nothing decides on them after registration). The contact details and date of birth
 * are here, decrypted, because rules read them (at least one contact; the age).
 */
export interface ClientRecord {
  clientId: string;
  organisation: string;
  projectCode: string;
  preferredLanguage: PreferredLanguage;
  referralSource: ReferralSource;
  municipality: string;
  identityCodeTemporary: boolean;
  /** Undefined once erased. */
  dateOfBirth?: CalendarDate;
  contact: { email?: string; phone?: string; address?: PostalAddress };
  advisorId?: string;
  /** The first entry: what the Structural Fund counts, whatever happens later. */
  firstEntry: { entryDate: CalendarDate; facts: EntryFacts; complete: boolean };
  /** 'held' while readable answers exist; 'destroyed' after their key was destroyed. */
  voluntaryData: 'none' | 'held' | 'destroyed';
  voluntaryAnswers?: VoluntaryAnswers;
  consent: 'not-recorded' | 'given' | 'withdrawn';
  /** The current (or, once exited, the last) guidance process. */
  process: { number: number; entryDate: CalendarDate; statusAtReentry?: LabourMarketSituation };
  lastExit?: { exitDate: CalendarDate; reason: ExitReason };
}

/** After destruction only the non-personal facts remain: enough for reports and for refusing. */
export interface DestroyedRecord {
  clientId: string;
  organisation: string;
  projectCode: string;
  preferredLanguage: PreferredLanguage;
  firstEntry: ClientRecord['firstEntry'];
  processNumber: number;
  lastExit?: ClientRecord['lastExit'];
  destruction: { reason: DestructionReason; whileStatus: 'Active' | 'Exited' };
}

export type ClientState =
  | { status: 'Empty' }
  | ({ status: 'Active' } & ClientRecord)
  | ({ status: 'Exited'; lastExit: NonNullable<ClientRecord['lastExit']> } & ClientRecord)
  | ({ status: 'Destroyed' } & DestroyedRecord);

export type LiveClientState = Extract<ClientState, { status: 'Active' | 'Exited' }>;
