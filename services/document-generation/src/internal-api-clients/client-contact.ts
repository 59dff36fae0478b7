import { DOCUMENT_LANGUAGES, type ContactInput, type DocumentLanguage } from '../content/domain';
import { objectAt, oneOf, optionalText, requiredInteger, requiredText } from '@career/platform';

/**
 * What client-intake's `GET /internal/v1/clients/:id/contact` returns (agreed with client
 * intake): the name and contact details printed on the documents, the language the client
 * is served in, and the client stream's revision (the documents' provenance).
 */
export interface ClientContact {
  clientId: string;
  /** The organisation owning the client, when the answer names it (checked against the request's). */
  organisation?: string;
  contact: ContactInput;
  preferredLanguage: DocumentLanguage;
  /** client-intake's stream revision the details were read at. */
  revision: number;
}

/** The client's name was erased (personal data destroyed): there is nothing to print a document for. */
export class ClientNameErasedError extends Error {
  constructor() {
    super("the client's name was erased");
    this.name = 'ClientNameErasedError';
  }
}

/**
 * Reads the answer; throws AnswerShapeError naming the first wrong field. `revision` may come
 * in the body or, failing that, as the answer's ETag (`etagRevision`).
 */
export function parseClientContact(body: unknown, etagRevision?: number): ClientContact {
  const answer = objectAt(body, 'body');
  if (answer.firstName === null && answer.lastName === null) throw new ClientNameErasedError();
  const email = optionalText(answer, 'email');
  const phone = optionalText(answer, 'phone');
  const municipality = optionalText(answer, 'municipality');
  const organisation = optionalText(answer, 'organisation');
  return {
    clientId: requiredText(answer, 'clientId'),
    ...(organisation ? { organisation } : {}),
    contact: {
      firstName: requiredText(answer, 'firstName'),
      lastName: requiredText(answer, 'lastName'),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      ...(municipality ? { municipality } : {}),
    },
    preferredLanguage: oneOf(answer, 'preferredLanguage', DOCUMENT_LANGUAGES),
    revision: answer.revision === undefined && etagRevision !== undefined ? etagRevision : requiredInteger(answer, 'revision', 'revision', 0),
  };
}
