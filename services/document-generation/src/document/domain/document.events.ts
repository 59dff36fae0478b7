import type { DomainEvent } from '@career/event-sourcing';
import type { DocumentFormat, DocumentKind, DocumentLanguage } from '../../content/domain';

/**
 * Which inputs a version was built from: the owners' stream revisions at render time. A CV or
 * an application comes from the skills profile and the contact details; a career plan from one
 * agreed version of the plan (its id, version and the revision of its agreement) and the name.
 */
export type Provenance = ProfileProvenance | PlanProvenance;

export interface ProfileProvenance {
  /** skills-assessment's `skillsProfile-<clientId>` stream revision. */
  skillsProfileRevision: number;
  /** client-intake's `client-<clientId>` stream revision (contact details, name). */
  intakeRevision: number;
}

export interface PlanProvenance {
  /** scheduling's career plan (`careerPlan-<planId>`; the id is its guidance process's). */
  planId: string;
  /** The agreed version rendered. */
  planVersion: number;
  /** The plan stream's revision at that version's agreement. */
  planRevision: number;
  /** client-intake's `client-<clientId>` stream revision (the name printed). */
  intakeRevision: number;
}

/**
 * A new version of the document was rendered and its bytes stored. No personal data: the
 * bytes live in storage (`storageRef`), the vacancy and motivation only as a salted digest.
 */
export type DocumentGenerated = DomainEvent<
  'DocumentGenerated',
  {
    documentId: string;
    clientId: string;
    kind: DocumentKind;
    language: DocumentLanguage;
    format: DocumentFormat;
    /** 1, 2, 3, ... within the document. */
    version: number;
    templateVersion: string;
    /** SHA-256 (hex) of the stored bytes: a download must return exactly these. */
    sha256: string;
    size: number;
    /** The stored file's id in this service's file storage. */
    storageRef: string;
    provenance: Provenance;
    /**
     * For a job application: SHA-256 over the document id and the vacancy and motivation
     * inputs, so the same inputs can be recognised without keeping them. Absent for a CV.
     */
    inputDigest?: string;
    /** The calendar date printed on the document (Europe/Helsinki), YYYY-MM-DD. */
    documentDate: string;
    /** How many identity-code-shaped strings were blanked out of the inputs' free text. */
    redactedIdentityCodes: number;
    generatedAt: string;
  }
>;

/** The client's personal data was destroyed: every version's file was (or is being) deleted. */
export type DocumentsDestroyed = DomainEvent<
  'DocumentsDestroyed',
  {
    documentId: string;
    clientId: string;
    destroyedVersions: number;
    reason: 'personal-data-destroyed';
    destroyedAt: string;
  }
>;

export type DocumentEvent = DocumentGenerated | DocumentsDestroyed;
