/**
 * The RIASEC (Holland) interest inventory: six interest types, six statements each, in
 * Finnish, Swedish and English. The client answers every statement on a 0-4 scale (how much
 * the statement describes them). Items are interleaved R, I, A, S, E, C so that statements of
 * one type do not come in a block. Changing any statement or the scale means a new
 * INVENTORY_VERSION: recorded answers keep the version they were given against.
 */
export const INVENTORY_VERSION = 'riasec-v1';

export type InventoryLanguage = 'fi' | 'sv' | 'en';
export type LocalisedText = Readonly<Record<InventoryLanguage, string>>;

/** The fixed order of the types; also the tie-break order of the three-letter code. */
export const RIASEC_TYPES = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type RiasecType = (typeof RIASEC_TYPES)[number];

export const RIASEC_TYPE_NAMES: Readonly<Record<RiasecType, LocalisedText>> = {
  R: { en: 'Realistic', fi: 'Käytännöllinen', sv: 'Praktisk' },
  I: { en: 'Investigative', fi: 'Tutkiva', sv: 'Undersökande' },
  A: { en: 'Artistic', fi: 'Taiteellinen', sv: 'Konstnärlig' },
  S: { en: 'Social', fi: 'Sosiaalinen', sv: 'Social' },
  E: { en: 'Enterprising', fi: 'Yrittävä', sv: 'Företagsam' },
  C: { en: 'Conventional', fi: 'Systemaattinen', sv: 'Konventionell' },
};

export const ANSWER_MIN = 0;
export const ANSWER_MAX = 4;

/** What each answer value means, shown beside the statements. */
export const ANSWER_SCALE: ReadonlyArray<{ value: number; label: LocalisedText }> = [
  { value: 0, label: { en: 'Not at all', fi: 'Ei lainkaan', sv: 'Inte alls' } },
  { value: 1, label: { en: 'A little', fi: 'Vähän', sv: 'Lite' } },
  { value: 2, label: { en: 'Somewhat', fi: 'Jonkin verran', sv: 'Något' } },
  { value: 3, label: { en: 'Quite a lot', fi: 'Melko paljon', sv: 'Ganska mycket' } },
  { value: 4, label: { en: 'Very much', fi: 'Erittäin paljon', sv: 'Mycket' } },
];

export interface RiasecItem {
  /** Stable id: the type letter and the item's number within the type, e.g. "R1". */
  id: string;
  type: RiasecType;
  text: LocalisedText;
}

export const RIASEC_ITEMS: readonly RiasecItem[] = [
  { id: 'R1', type: 'R', text: { en: 'I like repairing machines and equipment.', fi: 'Pidän koneiden ja laitteiden korjaamisesta.', sv: 'Jag tycker om att reparera maskiner och apparater.' } },
  { id: 'I1', type: 'I', text: { en: 'I like finding out how things work.', fi: 'Pidän siitä, että saan selvittää, miten asiat toimivat.', sv: 'Jag tycker om att ta reda på hur saker fungerar.' } },
  { id: 'A1', type: 'A', text: { en: 'I like drawing, painting or designing.', fi: 'Pidän piirtämisestä, maalaamisesta tai muotoilusta.', sv: 'Jag tycker om att teckna, måla eller formge.' } },
  { id: 'S1', type: 'S', text: { en: 'I like helping people with their problems.', fi: 'Autan mielelläni ihmisiä heidän ongelmissaan.', sv: 'Jag tycker om att hjälpa människor med deras problem.' } },
  { id: 'E1', type: 'E', text: { en: 'I like leading a group and making decisions.', fi: 'Pidän ryhmän johtamisesta ja päätösten tekemisestä.', sv: 'Jag tycker om att leda en grupp och fatta beslut.' } },
  { id: 'C1', type: 'C', text: { en: 'I like keeping documents and files in order.', fi: 'Pidän asiakirjat ja tiedostot mielelläni järjestyksessä.', sv: 'Jag tycker om att hålla ordning på dokument och filer.' } },

  { id: 'R2', type: 'R', text: { en: 'I like building or making things with my hands.', fi: 'Pidän rakentamisesta ja esineiden valmistamisesta käsin.', sv: 'Jag tycker om att bygga eller tillverka saker med händerna.' } },
  { id: 'I2', type: 'I', text: { en: 'I like solving mathematical problems.', fi: 'Pidän matemaattisten ongelmien ratkaisemisesta.', sv: 'Jag tycker om att lösa matematiska problem.' } },
  { id: 'A2', type: 'A', text: { en: 'I like playing music or singing.', fi: 'Pidän soittamisesta tai laulamisesta.', sv: 'Jag tycker om att spela musik eller sjunga.' } },
  { id: 'S2', type: 'S', text: { en: 'I like teaching or guiding others.', fi: 'Pidän muiden opettamisesta tai ohjaamisesta.', sv: 'Jag tycker om att undervisa eller handleda andra.' } },
  { id: 'E2', type: 'E', text: { en: 'I like selling products or services.', fi: 'Pidän tuotteiden tai palvelujen myymisestä.', sv: 'Jag tycker om att sälja produkter eller tjänster.' } },
  { id: 'C2', type: 'C', text: { en: 'I like working with numbers and calculations, for example in bookkeeping.', fi: 'Pidän työskentelystä numeroiden ja laskelmien parissa, esimerkiksi kirjanpidossa.', sv: 'Jag tycker om att arbeta med siffror och beräkningar, till exempel med bokföring.' } },

  { id: 'R3', type: 'R', text: { en: 'I like working outdoors.', fi: 'Pidän ulkona työskentelystä.', sv: 'Jag tycker om att arbeta utomhus.' } },
  { id: 'I3', type: 'I', text: { en: 'I like doing experiments and research.', fi: 'Pidän kokeiden tekemisestä ja tutkimustyöstä.', sv: 'Jag tycker om att göra experiment och forska.' } },
  { id: 'A3', type: 'A', text: { en: 'I like writing stories, poems or other texts.', fi: 'Pidän tarinoiden, runojen tai muiden tekstien kirjoittamisesta.', sv: 'Jag tycker om att skriva berättelser, dikter eller andra texter.' } },
  { id: 'S3', type: 'S', text: { en: 'I like taking care of children, older people or people who are ill.', fi: 'Pidän lasten, ikäihmisten tai sairaiden hoitamisesta.', sv: 'Jag tycker om att ta hand om barn, äldre eller sjuka.' } },
  { id: 'E3', type: 'E', text: { en: 'I like persuading others to see things my way.', fi: 'Pidän siitä, että saan muut vakuuttuneiksi näkemyksistäni.', sv: 'Jag tycker om att övertyga andra om mina åsikter.' } },
  { id: 'C3', type: 'C', text: { en: 'I like following clear instructions and procedures.', fi: 'Pidän selkeiden ohjeiden ja toimintatapojen noudattamisesta.', sv: 'Jag tycker om att följa tydliga instruktioner och rutiner.' } },

  { id: 'R4', type: 'R', text: { en: 'I like driving vehicles or operating machinery.', fi: 'Pidän ajoneuvojen kuljettamisesta tai työkoneiden käyttämisestä.', sv: 'Jag tycker om att köra fordon eller arbetsmaskiner.' } },
  { id: 'I4', type: 'I', text: { en: 'I like reading about science and nature.', fi: 'Luen mielelläni tieteestä ja luonnosta.', sv: 'Jag läser gärna om vetenskap och natur.' } },
  { id: 'A4', type: 'A', text: { en: 'I like acting, dancing or performing.', fi: 'Pidän näyttelemisestä, tanssimisesta tai esiintymisestä.', sv: 'Jag tycker om att spela teater, dansa eller uppträda.' } },
  { id: 'S4', type: 'S', text: { en: 'I like working together with other people.', fi: 'Pidän työskentelystä yhdessä muiden ihmisten kanssa.', sv: 'Jag tycker om att arbeta tillsammans med andra människor.' } },
  { id: 'E4', type: 'E', text: { en: 'I would like to start my own business.', fi: 'Haluaisin perustaa oman yrityksen.', sv: 'Jag skulle vilja starta ett eget företag.' } },
  { id: 'C4', type: 'C', text: { en: 'I like entering information into a computer accurately.', fi: 'Pidän tietojen huolellisesta syöttämisestä tietokoneelle.', sv: 'Jag tycker om att noggrant föra in uppgifter i en dator.' } },

  { id: 'R5', type: 'R', text: { en: 'I like fixing things at home with tools.', fi: 'Korjaan mielelläni kodin tavaroita työkaluilla.', sv: 'Jag tycker om att laga saker hemma med verktyg.' } },
  { id: 'I5', type: 'I', text: { en: 'I like analysing information and working out causes.', fi: 'Pidän tiedon analysoimisesta ja syiden selvittämisestä.', sv: 'Jag tycker om att analysera information och ta reda på orsaker.' } },
  { id: 'A5', type: 'A', text: { en: 'I like coming up with new ideas and creative solutions.', fi: 'Pidän uusien ideoiden ja luovien ratkaisujen keksimisestä.', sv: 'Jag tycker om att hitta på nya idéer och kreativa lösningar.' } },
  { id: 'S5', type: 'S', text: { en: 'I like listening to people and supporting them.', fi: 'Pidän ihmisten kuuntelemisesta ja tukemisesta.', sv: 'Jag tycker om att lyssna på människor och stödja dem.' } },
  { id: 'E5', type: 'E', text: { en: 'I like organising events or projects.', fi: 'Pidän tapahtumien tai projektien järjestämisestä.', sv: 'Jag tycker om att organisera evenemang eller projekt.' } },
  { id: 'C5', type: 'C', text: { en: 'I like planning schedules and keeping track of details.', fi: 'Pidän aikataulujen suunnittelusta ja yksityiskohtien seuraamisesta.', sv: 'Jag tycker om att planera scheman och hålla koll på detaljer.' } },

  { id: 'R6', type: 'R', text: { en: 'I like looking after plants or animals.', fi: 'Pidän kasvien tai eläinten hoitamisesta.', sv: 'Jag tycker om att sköta växter eller djur.' } },
  { id: 'I6', type: 'I', text: { en: 'I like using a computer to solve complicated problems.', fi: 'Pidän monimutkaisten ongelmien ratkaisemisesta tietokoneen avulla.', sv: 'Jag tycker om att lösa komplicerade problem med hjälp av en dator.' } },
  { id: 'A6', type: 'A', text: { en: 'I like taking photographs or making videos.', fi: 'Pidän valokuvaamisesta tai videoiden tekemisestä.', sv: 'Jag tycker om att fotografera eller göra videor.' } },
  { id: 'S6', type: 'S', text: { en: 'I like doing voluntary work in my community.', fi: 'Pidän vapaaehtoistyöstä omassa lähiyhteisössäni.', sv: 'Jag tycker om att arbeta som volontär där jag bor.' } },
  { id: 'E6', type: 'E', text: { en: 'I like negotiating and making deals.', fi: 'Pidän neuvottelemisesta ja kaupanteosta.', sv: 'Jag tycker om att förhandla och göra affärer.' } },
  { id: 'C6', type: 'C', text: { en: 'I like checking documents for mistakes.', fi: 'Pidän asiakirjojen tarkistamisesta virheiden varalta.', sv: 'Jag tycker om att granska dokument för att hitta fel.' } },
];

/** The statements in one language, in presentation order, for the inventory form. */
export function inventoryItemsIn(language: InventoryLanguage): Array<{ id: string; type: RiasecType; text: string }> {
  return RIASEC_ITEMS.map((item) => ({ id: item.id, type: item.type, text: item.text[language] }));
}
