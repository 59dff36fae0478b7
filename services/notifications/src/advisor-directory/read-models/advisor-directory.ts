import { Inject, Injectable, type Provider } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/platform';
import { Schema, type Connection, type Model } from 'mongoose';
import type { Language } from '../../messages/domain/format-time';

/**
 * Where advisors' digests go. The system has no staff directory and a token's `sub` is an
 * opaque user id in general (an identity provider need not make it an address), so an
 * organisation's administrator keeps the work addresses here (an advisor may keep their own).
 * A staff member's work address is no client's personal data; it is still never logged and
 * never put on Kafka.
 */
export interface AdvisorEntry {
  _id: string;
  organisation: string;
  advisorId: string;
  email: string;
  language: Language;
  /** Whether the advisor gets the daily digest of their worklist. */
  digest: boolean;
  updatedBy: string;
  updatedAt: string;
}

const advisorEntrySchema = new Schema<AdvisorEntry>(
  {
    _id: { type: String, required: true },
    organisation: { type: String, index: true },
    advisorId: String,
    email: String,
    language: String,
    digest: Boolean,
    updatedBy: String,
    updatedAt: String,
  },
  { collection: 'advisor_directory', versionKey: false },
);

const ADVISOR_DIRECTORY_MODEL = 'ADVISOR_DIRECTORY_MODEL';

export const advisorDirectoryModelProvider: Provider = {
  provide: ADVISOR_DIRECTORY_MODEL,
  inject: [MONGO_CONNECTION],
  useFactory: (connection: Connection) => connection.model<AdvisorEntry>('AdvisorEntry', advisorEntrySchema),
};

export type AdvisorEntryView = Omit<AdvisorEntry, '_id'>;

@Injectable()
export class AdvisorDirectory {
  constructor(@Inject(ADVISOR_DIRECTORY_MODEL) private readonly entries: Model<AdvisorEntry>) {}

  async find(organisation: string, advisorId: string): Promise<AdvisorEntryView | undefined> {
    const entry = await this.entries.findById(keyOf(organisation, advisorId), { _id: 0 }).lean();
    return entry ?? undefined;
  }

  async list(organisation: string): Promise<AdvisorEntryView[]> {
    return this.entries.find({ organisation }, { _id: 0 }).sort({ advisorId: 1 }).lean();
  }

  /** Every advisor who wants the digest, in every organisation (the digest planner's list). */
  async digestRecipients(): Promise<AdvisorEntryView[]> {
    return this.entries.find({ digest: true }, { _id: 0 }).lean();
  }

  async put(entry: AdvisorEntryView): Promise<AdvisorEntryView> {
    await this.entries.replaceOne({ _id: keyOf(entry.organisation, entry.advisorId) }, entry, { upsert: true });
    return entry;
  }

  async remove(organisation: string, advisorId: string): Promise<boolean> {
    return (await this.entries.deleteOne({ _id: keyOf(organisation, advisorId) })).deletedCount > 0;
  }
}

function keyOf(organisation: string, advisorId: string): string {
  return `${organisation}:${advisorId}`;
}
