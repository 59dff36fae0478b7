/**
 * A fictional but realistic client (warehouse and logistics background, forklift licence,
 * hygiene passport) with the profile written in each language, as a client would enter it.
 * Used by render-samples.ts and the tests; no real person.
 */
import type { ContactInput, DocumentLanguage, JobApplicationInput, ProfileInput, SkillsCvInput } from '../content/domain/profile-input';

export const SAMPLE_NOW = new Date('2026-11-28T10:15:00Z');

export const SAMPLE_CONTACT: ContactInput = {
  firstName: 'Mikko',
  lastName: 'Häkkinen',
  email: 'mikko.hakkinen@example.fi',
  phone: '040 123 4567',
  // As client-intake keeps it: the code (092 Vantaa, Vanda in Swedish).
  municipality: '092',
};

const PROFILES: Record<DocumentLanguage, ProfileInput> = {
  fi: {
    summary:
      'Täsmällinen ja oma-aloitteinen logistiikan osaaja, jolla on seitsemän vuoden kokemus varasto- ja terminaalityöstä. Tunnen kylmäketjun vaatimukset ja perehdytän mielelläni uusia työntekijöitä. Etsin vakituista työtä, jossa pääsen käyttämään trukkiosaamistani ja kehittymään kohti vuoroesihenkilön tehtäviä.',
    skills: [
      { label: 'trukin kuljettaminen', kind: 'skill', proficiency: 4, gainedIn: 'work', evidence: 'Ajoin vastapainotrukkia ja kurottajaa päivittäin viiden vuoden ajan ilman ainuttakaan vahinkoa.' },
      { label: 'keräily ja lähetysten kokoaminen', kind: 'skill', proficiency: 4, gainedIn: 'work', evidence: 'Keräsin keskimäärin 140 riviä tunnissa äänikeräilyjärjestelmällä, virheprosentti alle 0,2.' },
      { label: 'saapuvan tavaran vastaanotto', kind: 'skill', proficiency: 3, gainedIn: 'work', evidence: 'Tarkastin saapuvat kuormat ja kirjasin poikkeamat järjestelmään.' },
      { label: 'varastotilojen järjestely', kind: 'skill', proficiency: 3, gainedIn: 'work' },
      { label: 'kylmäketjun hallinta', kind: 'knowledge', proficiency: 3, gainedIn: 'work', evidence: 'Seurasin pakaste- ja kylmävaraston lämpötiloja ja tein omavalvontakirjaukset.' },
      { label: 'työturvallisuus', kind: 'knowledge', proficiency: 3, gainedIn: 'studies', evidence: 'Toimin varaston turvallisuusvastaavan sijaisena vuonna 2023.' },
      { label: 'varastonhallinnan periaatteet', kind: 'knowledge', proficiency: 2, gainedIn: 'studies' },
      { label: 'perehdyttäminen ja tiimityö', kind: 'transversal', proficiency: 4, gainedIn: 'work', evidence: 'Perehdytin kuusi uutta kesätyöntekijää keräilyyn ja trukkiturvallisuuteen.' },
      { label: 'asiakaspalvelu', kind: 'transversal', proficiency: 3, gainedIn: 'work', evidence: 'Palvelin noutoasiakkaita terminaalin tiskillä suomeksi ja englanniksi.' },
      { label: 'ongelmanratkaisu', kind: 'transversal', proficiency: 3, gainedIn: 'everyday-life' },
      { label: 'junioreiden jalkapallovalmennus', kind: 'skill', proficiency: 3, gainedIn: 'volunteering', evidence: 'Valmennan vapaaehtoisena 12-vuotiaiden joukkuetta kahdesti viikossa.' },
      { label: 'SAP EWM -varastonhallintajärjestelmä', kind: 'digital', proficiency: 3, gainedIn: 'work' },
      { label: 'äänikeräilyjärjestelmä (Vocollect)', kind: 'digital', proficiency: 3, gainedIn: 'work' },
      { label: 'Microsoft Excel', kind: 'digital', proficiency: 2, gainedIn: 'studies' },
      { label: 'suomi', kind: 'language', proficiency: 4, cefrLevel: 'C2', gainedIn: 'everyday-life' },
      { label: 'englanti', kind: 'language', proficiency: 2, cefrLevel: 'B1', gainedIn: 'studies' },
      { label: 'ruotsi', kind: 'language', proficiency: 1, cefrLevel: 'A2', gainedIn: 'studies' },
    ],
    experience: [
      { title: 'Varastotyöntekijä', employer: 'Logistiikka Pohjola Oy', startYear: 2019, endYear: 2025, description: 'Keräily, lähetysten kokoaminen ja trukkityöt pakaste- ja kylmävarastossa kolmivuorotyössä.' },
      { title: 'Terminaalityöntekijä', employer: 'Rahtipiste Oy', startYear: 2017, endYear: 2019, description: 'Kuormien purku ja lastaus, noutoasiakkaiden palvelu.' },
      { title: 'Kesätyöntekijä, myymälä', employer: 'K-Market Tikkurila', startYear: 2015, endYear: 2016 },
    ],
    education: [
      { title: 'Logistiikan perustutkinto, varastopalvelujen osaamisala', institution: 'Vantaan ammattiopisto Varia', startYear: 2014, endYear: 2017 },
    ],
    licences: [
      { name: 'Trukkikortti' },
      { name: 'Hygieniapassi', validUntil: '2029-05-31' },
      { name: 'Työturvallisuuskortti', validUntil: '2027-09-30' },
      { name: 'Ajokortti (B)' },
    ],
    interestCode: 'RCS',
  },
  sv: {
    summary:
      'Noggrann logistiker med eget initiativ och sju års erfarenhet av lager- och terminalarbete. Jag känner kraven i kylkedjan och introducerar gärna nya medarbetare. Jag söker ett fast arbete där jag får använda mitt truckkunnande och utvecklas mot en roll som skiftledare.',
    skills: [
      { label: 'truckkörning', kind: 'skill', proficiency: 4, gainedIn: 'work', evidence: 'Jag körde motviktstruck och skjutstativtruck dagligen i fem år utan en enda skada.' },
      { label: 'plockning och sammanställning av leveranser', kind: 'skill', proficiency: 4, gainedIn: 'work', evidence: 'Jag plockade i genomsnitt 140 rader i timmen med röststyrd plockning, felprocent under 0,2.' },
      { label: 'godsmottagning', kind: 'skill', proficiency: 3, gainedIn: 'work', evidence: 'Jag kontrollerade inkommande leveranser och registrerade avvikelser i systemet.' },
      { label: 'ordning i lagerlokaler', kind: 'skill', proficiency: 3, gainedIn: 'work' },
      { label: 'kylkedjans hantering', kind: 'knowledge', proficiency: 3, gainedIn: 'work', evidence: 'Jag övervakade temperaturer i frys- och kyllagret och förde egenkontrollens journaler.' },
      { label: 'arbetarskydd', kind: 'knowledge', proficiency: 3, gainedIn: 'studies', evidence: 'Jag var ställföreträdare för lagrets säkerhetsansvariga år 2023.' },
      { label: 'principer för lagerstyrning', kind: 'knowledge', proficiency: 2, gainedIn: 'studies' },
      { label: 'introduktion av nya medarbetare och teamarbete', kind: 'transversal', proficiency: 4, gainedIn: 'work', evidence: 'Jag introducerade sex nya sommarjobbare i plockning och trucksäkerhet.' },
      { label: 'kundservice', kind: 'transversal', proficiency: 3, gainedIn: 'work', evidence: 'Jag betjänade kunder vid terminalens disk på finska och engelska.' },
      { label: 'problemlösning', kind: 'transversal', proficiency: 3, gainedIn: 'everyday-life' },
      { label: 'fotbollsträning för juniorer', kind: 'skill', proficiency: 3, gainedIn: 'volunteering', evidence: 'Jag tränar frivilligt ett lag med 12-åringar två gånger i veckan.' },
      { label: 'SAP EWM lagerstyrningssystem', kind: 'digital', proficiency: 3, gainedIn: 'work' },
      { label: 'röststyrd plockning (Vocollect)', kind: 'digital', proficiency: 3, gainedIn: 'work' },
      { label: 'Microsoft Excel', kind: 'digital', proficiency: 2, gainedIn: 'studies' },
      { label: 'finska', kind: 'language', proficiency: 4, cefrLevel: 'C2', gainedIn: 'everyday-life' },
      { label: 'engelska', kind: 'language', proficiency: 2, cefrLevel: 'B1', gainedIn: 'studies' },
      { label: 'svenska', kind: 'language', proficiency: 2, cefrLevel: 'B1', gainedIn: 'studies' },
    ],
    experience: [
      { title: 'Lagerarbetare', employer: 'Logistiikka Pohjola Oy', startYear: 2019, endYear: 2025, description: 'Plockning, sammanställning av leveranser och truckarbete i frys- och kyllager i treskiftsarbete.' },
      { title: 'Terminalarbetare', employer: 'Rahtipiste Oy', startYear: 2017, endYear: 2019, description: 'Lossning och lastning, betjäning av avhämtningskunder.' },
      { title: 'Sommarjobbare, butik', employer: 'K-Market Dickursby', startYear: 2015, endYear: 2016 },
    ],
    education: [
      { title: 'Grundexamen inom logistik, kompetensområdet lagertjänster', institution: 'Vanda yrkesinstitut Varia', startYear: 2014, endYear: 2017 },
    ],
    licences: [
      { name: 'Truckkort' },
      { name: 'Hygienpass', validUntil: '2029-05-31' },
      { name: 'Arbetarskyddskort', validUntil: '2027-09-30' },
      { name: 'Körkort (B)' },
    ],
    interestCode: 'RCS',
  },
  en: {
    summary:
      'Accurate and self-motivated logistics worker with seven years of experience in warehouse and terminal work. I know the requirements of the cold chain and enjoy training new colleagues. I am looking for a permanent job where I can use my forklift skills and grow towards a shift supervisor role.',
    skills: [
      { label: 'forklift operation', kind: 'skill', proficiency: 4, gainedIn: 'work', evidence: 'I drove counterbalance and reach trucks daily for five years without a single accident.' },
      { label: 'order picking and dispatch', kind: 'skill', proficiency: 4, gainedIn: 'work', evidence: 'I picked 140 lines an hour on average with voice picking, error rate below 0.2 %.' },
      { label: 'goods receiving', kind: 'skill', proficiency: 3, gainedIn: 'work', evidence: 'I checked incoming loads and logged deviations in the system.' },
      { label: 'warehouse layout and order', kind: 'skill', proficiency: 3, gainedIn: 'work' },
      { label: 'cold chain management', kind: 'knowledge', proficiency: 3, gainedIn: 'work', evidence: 'I monitored freezer and cold store temperatures and kept the self-monitoring records.' },
      { label: 'occupational safety', kind: 'knowledge', proficiency: 3, gainedIn: 'studies', evidence: 'I deputised for the warehouse safety officer in 2023.' },
      { label: 'inventory management principles', kind: 'knowledge', proficiency: 2, gainedIn: 'studies' },
      { label: 'training new staff and teamwork', kind: 'transversal', proficiency: 4, gainedIn: 'work', evidence: 'I trained six new summer workers in picking and forklift safety.' },
      { label: 'customer service', kind: 'transversal', proficiency: 3, gainedIn: 'work', evidence: 'I served collecting customers at the terminal desk in Finnish and English.' },
      { label: 'problem solving', kind: 'transversal', proficiency: 3, gainedIn: 'everyday-life' },
      { label: 'coaching junior football', kind: 'skill', proficiency: 3, gainedIn: 'volunteering', evidence: 'I coach a team of 12-year-olds as a volunteer twice a week.' },
      { label: 'SAP EWM warehouse management system', kind: 'digital', proficiency: 3, gainedIn: 'work' },
      { label: 'voice picking system (Vocollect)', kind: 'digital', proficiency: 3, gainedIn: 'work' },
      { label: 'Microsoft Excel', kind: 'digital', proficiency: 2, gainedIn: 'studies' },
      { label: 'Finnish', kind: 'language', proficiency: 4, cefrLevel: 'C2', gainedIn: 'everyday-life' },
      { label: 'English', kind: 'language', proficiency: 2, cefrLevel: 'B1', gainedIn: 'studies' },
      { label: 'Swedish', kind: 'language', proficiency: 1, cefrLevel: 'A2', gainedIn: 'studies' },
    ],
    experience: [
      { title: 'Warehouse Operative', employer: 'Logistiikka Pohjola Oy', startYear: 2019, endYear: 2025, description: 'Picking, dispatch and forklift work in a frozen and chilled warehouse, three-shift work.' },
      { title: 'Terminal Worker', employer: 'Rahtipiste Oy', startYear: 2017, endYear: 2019, description: 'Loading and unloading, serving collecting customers.' },
      { title: 'Summer Sales Assistant', employer: 'K-Market Tikkurila', startYear: 2015, endYear: 2016 },
    ],
    education: [
      { title: 'Vocational Qualification in Logistics, Warehouse Services', institution: 'Vantaa Vocational College Varia', startYear: 2014, endYear: 2017 },
    ],
    licences: [
      { name: 'Forklift licence' },
      { name: 'Hygiene passport', validUntil: '2029-05-31' },
      { name: 'Occupational safety card', validUntil: '2027-09-30' },
      { name: 'Driving licence (B)' },
    ],
    interestCode: 'RCS',
  },
};

const VACANCIES: Record<DocumentLanguage, Pick<JobApplicationInput, 'recipient' | 'vacancy' | 'motivation'>> = {
  fi: {
    recipient: { employer: 'Pohjolan Tukku Oy', contactPerson: 'Laura Nieminen', address: 'Tullikatu 8\n01510 Vantaa' },
    vacancy: {
      title: 'Varastotyöntekijä, kylmävarasto',
      reference: 'TMT-2026-4817',
      requirements: ['Trukkikortti', 'Kokemus keräilystä', 'Hygieniapassi', 'Kylmäketjun tuntemus', 'Valmius kolmivuorotyöhön', 'SAP-osaaminen'],
    },
    motivation:
      'Olen työskennellyt kylmävarastossa kuusi vuotta ja viihdyn työssä, jossa tarkkuus ja tiimin yhteistyö ratkaisevat. Pohjolan Tukun panostus työturvallisuuteen ja uusiin keräilyjärjestelmiin kiinnostaa minua, ja haluan jatkossa kehittyä myös vuoroesihenkilön tehtäviin.',
  },
  sv: {
    recipient: { employer: 'Pohjolan Tukku Oy', contactPerson: 'Laura Nieminen', address: 'Tullgatan 8\n01510 Vanda' },
    vacancy: {
      title: 'Lagerarbetare, kyllager',
      reference: 'TMT-2026-4817',
      requirements: ['Truckkort', 'Erfarenhet av plockning', 'Hygienpass', 'Kunskap om kylkedjan', 'Beredskap för treskiftsarbete', 'SAP-kunskaper'],
    },
    motivation:
      'Jag har arbetat i kyllager i sex år och trivs i arbete där noggrannhet och samarbete i teamet avgör. Pohjolan Tukkus satsning på arbetarskydd och nya plocksystem intresserar mig, och jag vill i framtiden utvecklas mot skiftledaruppgifter.',
  },
  en: {
    recipient: { employer: 'Pohjolan Tukku Oy', contactPerson: 'Laura Nieminen', address: 'Tullikatu 8\n01510 Vantaa, Finland' },
    vacancy: {
      title: 'Warehouse Operative, Cold Store',
      reference: 'TMT-2026-4817',
      requirements: ['Forklift licence', 'Experience in order picking', 'Hygiene passport', 'Knowledge of the cold chain', 'Willingness to work three shifts', 'SAP skills'],
    },
    motivation:
      'I have worked in a cold store for six years and enjoy work where accuracy and teamwork make the difference. Pohjolan Tukku’s investment in occupational safety and new picking systems interests me, and I want to grow towards shift supervisor duties in the future.',
  },
};

export function sampleCvInput(language: DocumentLanguage): SkillsCvInput {
  return { language, contact: { ...SAMPLE_CONTACT }, profile: structuredClone(PROFILES[language]), now: SAMPLE_NOW };
}

export function sampleApplicationInput(language: DocumentLanguage): JobApplicationInput {
  return {
    language,
    contact: { ...SAMPLE_CONTACT },
    profile: structuredClone(PROFILES[language]),
    now: SAMPLE_NOW,
    ...structuredClone(VACANCIES[language]),
  };
}
