import type { CommandContext } from '@career/event-sourcing';
import type { DocumentKind, DocumentLanguage } from '../../content';
import type { DocumentFormat } from '../../rendering';
import type { VacancyRequest } from '../document-content';
import type { DocumentVersionView } from '../document-view';

export interface GenerateDocumentRequest {
  clientId: string;
  kind: DocumentKind;
  /** Undefined: the client's preferred language (from client-intake). */
  language?: DocumentLanguage;
  format: DocumentFormat;
  vacancy?: VacancyRequest;
  motivation?: string;
}

export interface GenerateDocumentResult {
  /** False when an identical version existed and is returned instead of a copy. */
  created: boolean;
  version: DocumentVersionView;
}

export class GenerateDocumentCommand {
  constructor(
    readonly request: GenerateDocumentRequest,
    readonly context: CommandContext,
  ) {}
}
