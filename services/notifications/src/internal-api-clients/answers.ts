import { AnswerShapeError, arrayAt, objectAt, oneOf, optionalText, requiredInteger, requiredText } from '@career/platform';
import { LANGUAGES, type Language } from '../messages/domain/format-time';

/** What a message to a client needs from client-intake's contact answer: nothing else is taken. */
export interface ClientAddress {
  clientId: string;
  organisation?: string;
  email?: string;
  firstName?: string;
  language: Language;
  /** The contact details were erased (personal data destroyed). */
  erased: boolean;
}

export function parseClientAddress(body: unknown): ClientAddress {
  const answer = objectAt(body, 'body');
  const erased = Array.isArray(answer.erased) && answer.erased.includes('email');
  const email = optionalText(answer, 'email');
  const firstName = optionalText(answer, 'firstName');
  const organisation = optionalText(answer, 'organisation');
  return {
    clientId: requiredText(answer, 'clientId'),
    ...(organisation ? { organisation } : {}),
    ...(email ? { email } : {}),
    ...(firstName ? { firstName } : {}),
    language: oneOf(answer, 'preferredLanguage', LANGUAGES),
    erased,
  };
}

/** A group session as scheduling describes it (no roster needed). */
export interface SessionDetails {
  sessionId: string;
  organisation: string;
  title: string;
  topic: string;
  start: string;
  durationMinutes: number;
  place: string;
}

export function parseSessionDetails(body: unknown): SessionDetails {
  const answer = objectAt(body, 'body');
  const start = requiredText(answer, 'start');
  if (Number.isNaN(Date.parse(start))) throw new AnswerShapeError('start');
  return {
    sessionId: requiredText(answer, 'sessionId'),
    organisation: requiredText(answer, 'organisation'),
    title: requiredText(answer, 'title'),
    topic: requiredText(answer, 'topic'),
    start,
    durationMinutes: requiredInteger(answer, 'durationMinutes', 'durationMinutes', 1),
    place: requiredText(answer, 'place'),
  };
}

/** An advisor's worklist as scheduling serves it: the rows the digest lists and how many there are. */
export interface WorklistAnswer {
  total: number;
  items: { dueDate: string; text: string; clientId?: string; self: string }[];
}

export function parseWorklist(body: unknown): WorklistAnswer {
  const answer = objectAt(body, 'body');
  const items = arrayAt(answer, 'items').map((value, i) => {
    const row = objectAt(value, `items[${i}]`);
    const reason = objectAt(row.reason, `items[${i}].reason`);
    const links = objectAt(row.links, `items[${i}].links`);
    const clientId = optionalText(row, 'clientId');
    return {
      dueDate: requiredText(row, 'dueDate', `items[${i}].dueDate`),
      text: requiredText(reason, 'text', `items[${i}].reason.text`),
      ...(clientId ? { clientId } : {}),
      self: requiredText(links, 'self', `items[${i}].links.self`),
    };
  });
  return { total: requiredInteger(answer, 'total', 'total', 0), items };
}
