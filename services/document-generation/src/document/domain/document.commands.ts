import type { DocumentGenerated } from './document.events';

/** A rendered file: record it as the document's next version (its bytes are stored just before the append). */
export interface RecordGeneratedVersion {
  type: 'RecordGeneratedVersion';
  data: Omit<DocumentGenerated['data'], 'version' | 'generatedAt'>;
  metadata: { now: Date };
}

/** The client's personal data was destroyed (client-intake's PersonalDataDestroyed, scope "all"). */
export interface DestroyDocuments {
  type: 'DestroyDocuments';
  data: { documentId: string; clientId: string };
  metadata: { now: Date };
}

export type DocumentCommand = RecordGeneratedVersion | DestroyDocuments;
