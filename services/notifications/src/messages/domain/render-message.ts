import type { CalendarDate } from '@career/calendar';
import { formatDate, formatMeetingTime, type Language } from './format-time';

export interface Message {
  subject: string;
  text: string;
}

export type MeetingMode = 'in-person' | 'phone' | 'video';

/**
 * What each message says, in the recipient's language (fi, sv, en; docs/domain.md#the-process,
 * step 1). Pure: the caller passes what it read at send time. Nothing here is logged or stored;
 * a digest names clients by id only (never by name, never by identity code).
 */
export type MessageInput =
  | { kind: 'meeting-reminder'; language: Language; firstName?: string; start: string; durationMinutes: number; mode?: MeetingMode }
  | { kind: 'session-invitation'; language: Language; firstName?: string; title: string; topic: string; start: string; durationMinutes: number; place: string }
  | { kind: 'follow-up-request'; language: Language; firstName?: string; exitDate: CalendarDate }
  | { kind: 'advisor-digest'; language: Language; date: CalendarDate; rows: DigestRow[]; total: number; worklistUrl: string };

export interface DigestRow {
  dueDate: CalendarDate;
  text: string;
  clientId?: string;
  link: string;
}

const GREETING: Record<Language, (name?: string) => string> = {
  fi: (name) => (name ? `Hei ${name},` : 'Hei,'),
  sv: (name) => (name ? `Hej ${name},` : 'Hej,'),
  en: (name) => (name ? `Dear ${name},` : 'Hello,'),
};

const SIGNATURE: Record<Language, string> = {
  fi: 'Ystävällisin terveisin\nUraohjaus',
  sv: 'Med vänliga hälsningar\nKarriärvägledningen',
  en: 'Kind regards\nCareer guidance',
};

const MODE: Record<Language, Record<MeetingMode, string>> = {
  fi: { 'in-person': 'Tapaaminen pidetään paikan päällä, ohjaajasi kanssa sovitussa paikassa.', phone: 'Ohjaajasi soittaa sinulle.', video: 'Tapaaminen pidetään videoyhteydellä; ohjaajasi lähettää linkin.' },
  sv: { 'in-person': 'Mötet hålls på plats, där du och din handledare kommit överens.', phone: 'Din handledare ringer dig.', video: 'Mötet hålls på video; din handledare skickar länken.' },
  en: { 'in-person': 'The meeting is in person, at the place agreed with your advisor.', phone: 'Your advisor will call you.', video: 'The meeting is a video call; your advisor will send the link.' },
};

export function renderMessage(input: MessageInput): Message {
  switch (input.kind) {
    case 'meeting-reminder':
      return meetingReminder(input);
    case 'session-invitation':
      return sessionInvitation(input);
    case 'follow-up-request':
      return followUpRequest(input);
    case 'advisor-digest':
      return advisorDigest(input);
  }
}

function meetingReminder(input: Extract<MessageInput, { kind: 'meeting-reminder' }>): Message {
  const { language, firstName, start, durationMinutes, mode } = input;
  const when = formatMeetingTime(start, language);
  const how = mode ? `\n${MODE[language][mode]}` : '';
  const body = {
    fi: { subject: `Muistutus: ohjaustapaaminen ${when}`, text: `muistutamme ohjaustapaamisestasi ${when} (${durationMinutes} min).${how}\n\nJos et pääse paikalle, ilmoita ohjaajallesi mahdollisimman pian.` },
    sv: { subject: `Påminnelse: vägledningsmöte ${when}`, text: `vi påminner om ditt vägledningsmöte ${when} (${durationMinutes} min).${how}\n\nOm du inte kan komma, meddela din handledare så snart som möjligt.` },
    en: { subject: `Reminder: guidance meeting on ${when}`, text: `this is a reminder of your guidance meeting on ${when} (${durationMinutes} min).${how}\n\nIf you cannot come, please tell your advisor as soon as possible.` },
  }[language];
  return letter(language, firstName, body);
}

function sessionInvitation(input: Extract<MessageInput, { kind: 'session-invitation' }>): Message {
  const { language, firstName, title, topic, start, durationMinutes, place } = input;
  const when = formatMeetingTime(start, language);
  const body = {
    fi: { subject: `Kutsu ryhmäohjaukseen: ${title}`, text: `sinulle on varattu paikka ryhmäohjaukseen.\n\n${title} (${topic})\nAika: ${when}, ${durationMinutes} min\nPaikka: ${place}\n\nJos et pääse mukaan, ilmoita ohjaajallesi, jotta paikka voidaan antaa jonossa seuraavalle.` },
    sv: { subject: `Inbjudan till gruppvägledning: ${title}`, text: `du har fått en plats i gruppvägledning.\n\n${title} (${topic})\nTid: ${when}, ${durationMinutes} min\nPlats: ${place}\n\nOm du inte kan delta, meddela din handledare så att platsen kan ges till nästa i kön.` },
    en: { subject: `Invitation to group guidance: ${title}`, text: `you have a place in a group guidance session.\n\n${title} (${topic})\nWhen: ${when}, ${durationMinutes} min\nWhere: ${place}\n\nIf you cannot come, please tell your advisor so the place can go to the next person waiting.` },
  }[language];
  return letter(language, firstName, body);
}

function followUpRequest(input: Extract<MessageInput, { kind: 'follow-up-request' }>): Message {
  const { language, firstName, exitDate } = input;
  const left = formatDate(exitDate, language);
  const body = {
    fi: { subject: 'Miten sinulla menee? Puolen vuoden seuranta', text: `uraohjauksesi päättyi ${left}, noin puoli vuotta sitten. Haluaisimme kuulla, mitä teet nyt: oletko töissä, opiskeletko, yrittäjänä vai etsitkö työtä.\n\nOta yhteyttä ohjaajaasi tai vastaa tähän viestiin. Vastauksesi auttaa kehittämään palvelua.` },
    sv: { subject: 'Hur går det för dig? Uppföljning efter ett halvår', text: `din karriärvägledning avslutades ${left}, för ungefär ett halvår sedan. Vi vill gärna höra vad du gör nu: arbetar du, studerar du, är du företagare eller söker du arbete?\n\nKontakta din handledare eller svara på det här meddelandet. Ditt svar hjälper oss att utveckla tjänsten.` },
    en: { subject: 'How are you doing? Six-month follow-up', text: `your career guidance ended on ${left}, about six months ago. We would like to hear what you are doing now: working, studying, running a business, or looking for work.\n\nPlease contact your advisor or reply to this message. Your answer helps us improve the service.` },
  }[language];
  return letter(language, firstName, body);
}

/** The digest's count, singular and plural: "1 asia" but "2 asiaa", "1 ärende", "1 item". */
const ITEMS: Record<Language, readonly [string, string]> = { fi: ['asia', 'asiaa'], sv: ['ärende', 'ärenden'], en: ['item', 'items'] };

function advisorDigest(input: Extract<MessageInput, { kind: 'advisor-digest' }>): Message {
  const { language, date, rows, total, worklistUrl } = input;
  const day = formatDate(date, language);
  const items = `${total} ${ITEMS[language][total === 1 ? 0 : 1]}`;
  const heading = {
    fi: { subject: `Työlista ${day}: ${items}`, intro: `Työlistallasi on tänään ${items}, kiireellisimmät ensin:`, more: (n: number) => `... ja ${n} muuta.`, open: 'Koko työlista:' },
    sv: { subject: `Arbetslista ${day}: ${items}`, intro: `Din arbetslista har i dag ${items}, de mest brådskande först:`, more: (n: number) => `... och ${n} till.`, open: 'Hela arbetslistan:' },
    en: { subject: `Worklist ${day}: ${items}`, intro: `Your worklist has ${items} today, most urgent first:`, more: (n: number) => `... and ${n} more.`, open: 'The whole worklist:' },
  }[language];
  const lines = rows.map((row) => `- ${formatDate(row.dueDate, language)}: ${row.text}${row.clientId ? ` [${row.clientId}]` : ''}\n  ${row.link}`);
  const more = total > rows.length ? [heading.more(total - rows.length)] : [];
  return { subject: heading.subject, text: [heading.intro, '', ...lines, ...more, '', `${heading.open} ${worklistUrl}`].join('\n') + '\n' };
}

function letter(language: Language, firstName: string | undefined, body: { subject: string; text: string }): Message {
  return { subject: body.subject, text: `${GREETING[language](firstName)}\n\n${body.text}\n\n${SIGNATURE[language]}\n` };
}
