/**
 * The local Mailpit's HTTP API (infra/local/README.md): the integration and end-to-end tests
 * read delivered mail back through it. Mailpit is shared by every test run on the machine, so a test finds its own mail
 * by something only it uses (its Message-ID domain) and deletes only that.
 */
export const MAILPIT_URL = process.env.MAILPIT_URL ?? 'http://127.0.0.1:8025';
export const MAILPIT_SMTP_PORT = Number(process.env.MAILPIT_SMTP_PORT ?? 1025);

export interface MailSummary {
  ID: string;
  MessageID: string;
  To: { Address: string }[];
  Subject: string;
}

export interface MailMessage extends MailSummary {
  Text: string;
  From: { Address: string; Name: string };
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${MAILPIT_URL}${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  if (!response.ok) throw new Error(`Mailpit ${method} ${path}: HTTP ${response.status}`);
  const text = await response.text();
  return (text.startsWith('{') ? JSON.parse(text) : text) as T;
}

/** Every message whose Message-ID contains `fragment` (Mailpit matches a substring). */
export async function mailsWithMessageId(fragment: string): Promise<MailSummary[]> {
  const found = await call<{ messages: MailSummary[] }>('GET', `/api/v1/search?query=${encodeURIComponent(`message-id:${fragment}`)}&limit=500`);
  return found.messages.filter((m) => m.MessageID.includes(fragment));
}

export function mail(id: string): Promise<MailMessage> {
  return call<MailMessage>('GET', `/api/v1/message/${id}`);
}

/** Deletes exactly these messages (never the whole shared mailbox). */
export async function deleteMails(ids: string[]): Promise<void> {
  if (ids.length > 0) await call('DELETE', '/api/v1/messages', { IDs: ids });
}

/** Fails clearly when no Mailpit answers: the test must not pass without a real mail server. */
export async function assertMailpitReachable(): Promise<void> {
  try {
    await call('GET', '/api/v1/info');
  } catch (error) {
    throw new Error(`No Mailpit at ${MAILPIT_URL} (${(error as Error).message}). Start it with: bash infra/local/up.sh mailpit`);
  }
}
