import type { ProfileLanguage, Proficiency, Requirement } from './skills-profile.events';

/**
 * Curated essential skills of occupations common among the service's clients, the default
 * competence requirements of an occupation target (the advisor edits them per client).
 *
 * Occupation URIs are those of the shipped ESCO occupations. A skill carries an ESCO URI only
 * where the concept is in the shipped transversal, language or ICT collections (then its
 * English label is ESCO's preferred label); occupation-specific skills (driving a forklift,
 * cutting hair) are not in those collections and have no URI here. Finnish and Swedish labels
 * are the project's own wording. Proficiency: 1 basic, 2 working, 3 proficient, 4 advanced.
 * A unit test checks every URI and label against the shipped data.
 */
export interface CuratedSkill {
  /** Stable id of the skill in this list; becomes the requirement id on a target. */
  key: string;
  label: Readonly<Record<ProfileLanguage, string>>;
  escoUri?: string;
}

export interface CuratedOccupation {
  /** Stable slug of the entry. */
  key: string;
  occupationUri: string;
  /** ESCO's English preferred label of the occupation. */
  occupationLabel: string;
  /** The everyday Finnish and Swedish names the clients use. */
  commonNames: Readonly<Record<ProfileLanguage, string>>;
  essentialSkills: ReadonlyArray<{ skill: CuratedSkill; requiredProficiency: Proficiency }>;
}

const ESCO_SKILL = 'http://data.europa.eu/esco/skill/';
const escoSkill = (id: string, key: string, en: string, fi: string, sv: string): CuratedSkill => ({
  key,
  label: { en, fi, sv },
  escoUri: `${ESCO_SKILL}${id}`,
});
const ownSkill = (key: string, en: string, fi: string, sv: string): CuratedSkill => ({ key, label: { en, fi, sv } });

/** Skills from the shipped ESCO collections (English label = ESCO preferred label). */
const esco = {
  teamwork: escoSkill('60c78287-22eb-4103-9c8c-28deaa460da0', 'work-in-teams', 'work in teams', 'työskentely tiimissä', 'arbeta i team'),
  hygiene: escoSkill('6816e28f-a48d-41c7-8492-309f50c049fc', 'follow-hygienic-work-practices', 'follow hygienic work practices', 'hygieenisten työtapojen noudattaminen', 'följa hygieniska arbetsmetoder'),
  safety: escoSkill('d2d9051a-10e1-41c5-9cfb-bbdc58016176', 'follow-safety-precautions', 'follow safety precautions in work practices', 'työturvallisuusohjeiden noudattaminen', 'följa säkerhetsföreskrifter i arbetet'),
  detail: escoSkill('83e6510b-ffeb-4aec-959c-4265fd0ff7b7', 'attend-to-detail', 'attend to detail', 'huolellisuus ja tarkkuus', 'noggrannhet med detaljer'),
  independent: escoSkill('c29aa9d2-4da8-4bdd-831c-8d4a2fb51730', 'work-independently', 'work independently', 'itsenäinen työskentely', 'arbeta självständigt'),
  time: escoSkill('d9013e0e-e937-43d5-ab71-0e917ee882b8', 'manage-time', 'manage time', 'ajankäytön hallinta', 'planera sin tid'),
  pressure: escoSkill('7a147904-22b3-498a-b4d9-7bceeb86b45d', 'cope-with-pressure', 'cope with pressure', 'paineensietokyky', 'hantera press'),
  interact: escoSkill('09e28145-e205-4b7a-8b3b-5c4876396069', 'interact-with-others', 'interact with others', 'vuorovaikutus muiden kanssa', 'samspela med andra'),
  manners: escoSkill('5c59dac1-0547-4068-b43c-ac59f1344448', 'demonstrate-good-manners', 'demonstrate good manners', 'hyvät käytöstavat', 'gott uppförande'),
  handheld: escoSkill('20ba084f-129c-4c5e-b39f-539913e0acc4', 'operate-handheld-devices', 'operate handheld devices', 'käsipäätteiden käyttö', 'använda handdatorer'),
  calculations: escoSkill('19ba11f3-9c99-41fd-a7c9-f77e6a026186', 'work-related-calculations', 'carry out work-related calculations', 'työhön liittyvät laskutoimitukset', 'göra arbetsrelaterade beräkningar'),
  measurements: escoSkill('ab75d510-ac75-482d-b671-bb3bad741f07', 'work-related-measurements', 'carry out work-related measurements', 'työhön liittyvät mittaukset', 'göra arbetsrelaterade mätningar'),
  spreadsheets: escoSkill('1973c966-f236-40c9-b2d4-5d71a89019be', 'use-spreadsheets', 'use spreadsheets software', 'taulukkolaskentaohjelmien käyttö', 'använda kalkylprogram'),
  wordProcessing: escoSkill('81633a44-f1db-4a01-a940-804c6905e330', 'use-word-processing', 'use word processing software', 'tekstinkäsittelyohjelmien käyttö', 'använda ordbehandlingsprogram'),
  digitalDocuments: escoSkill('b769f524-0f25-44d7-8538-5c46710a040e', 'manage-digital-documents', 'manage digital documents', 'sähköisten asiakirjojen hallinta', 'hantera digitala dokument'),
  onlineCommunication: escoSkill('5f1dd9f6-dcb4-4384-88c9-f9f6a75305c9', 'use-online-communication-tools', 'use online communication tools', 'verkkoviestintävälineiden käyttö', 'använda digitala kommunikationsverktyg'),
  programming: escoSkill('21d2f96d-35f7-4e3f-9745-c533d2dd6e97', 'computer-programming', 'computer programming', 'ohjelmointi', 'programmering'),
  technicalProblems: escoSkill('14832d87-2f2f-4895-b290-e4760ebae42a', 'solve-technical-problems', 'solve technical problems', 'teknisten ongelmien ratkaiseminen', 'lösa tekniska problem'),
  databases: escoSkill('4463a721-69f3-413d-8321-43e3af13a4f1', 'use-databases', 'use databases', 'tietokantojen käyttö', 'använda databaser'),
  digitalCollaboration: escoSkill('2b34a99f-9813-4c91-9509-b6b9b8c3132e', 'collaborate-through-digital-technologies', 'collaborate through digital technologies', 'yhteistyö digitaalisten välineiden avulla', 'samarbeta med hjälp av digital teknik'),
  privacy: escoSkill('33a82b83-c838-4889-ae62-fae1317481eb', 'protect-personal-data', 'protect personal data and privacy', 'henkilötietojen ja yksityisyyden suojaaminen', 'skydda personuppgifter och integritet'),
  consideration: escoSkill('9d75743b-317a-4bc4-b93f-c72e3ceba377', 'demonstrate-consideration', 'demonstrate consideration', 'huomaavaisuus', 'visa hänsyn'),
  intercultural: escoSkill('c10d5d87-36cf-42f5-8a12-e560fb5f4af8', 'intercultural-competence', 'demonstrate intercultural competence', 'kulttuurienvälinen osaaminen', 'interkulturell kompetens'),
  instruct: escoSkill('699e7c26-6502-4e78-a823-3656ff5a5b8b', 'instruct-others', 'instruct others', 'muiden opastaminen', 'instruera andra'),
  gps: escoSkill('6efef9df-ac86-45ca-8b1b-a8178ef17b5c', 'navigate-with-gps', 'solve location and navigation problems by using GPS tools', 'reittien selvittäminen GPS-laitteilla', 'lösa navigeringsproblem med GPS-verktyg'),
  reportFacts: escoSkill('be6ab363-3de1-427f-a8ef-85d5b0250822', 'report-facts', 'report facts', 'havaintojen raportointi', 'rapportera fakta'),
  creative: escoSkill('c624c6a3-b0ba-4a31-a296-0d433fe47e41', 'think-creatively', 'think creatively', 'luova ajattelu', 'tänka kreativt'),
  efficient: escoSkill('7a93e22f-54d8-4bf0-9213-d711f6601b49', 'work-efficiently', 'work efficiently', 'tehokas työskentely', 'arbeta effektivt'),
  finnishSpoken: escoSkill('3048bf6d-27c7-4dc6-ae4b-e55094cec090', 'interact-verbally-in-finnish', 'interact verbally in Finnish', 'suullinen vuorovaikutus suomeksi', 'kommunicera muntligt på finska'),
  finnishWriting: escoSkill('049de1f6-34ec-46f9-a0b1-8fc6f0199413', 'write-finnish', 'write Finnish', 'kirjoittaminen suomeksi', 'skriva på finska'),
  englishSpoken: escoSkill('0ee9e985-0ee5-4a73-8a12-78b53b261bb2', 'interact-verbally-in-english', 'interact verbally in English', 'suullinen vuorovaikutus englanniksi', 'kommunicera muntligt på engelska'),
  englishReading: escoSkill('7ee20fe2-facd-4cc5-837b-927429e0e7ac', 'understand-written-english', 'understand written English', 'kirjoitetun englannin ymmärtäminen', 'förstå skriven engelska'),
} as const;

/** Skills several occupations share that are not in the shipped collections. */
const common = {
  loadGoods: ownSkill('load-and-unload-goods', 'load and unload goods', 'tavaroiden lastaaminen ja purkaminen', 'lasta och lossa gods'),
  vehicleChecks: ownSkill('carry-out-vehicle-checks', 'carry out vehicle checks', 'ajoneuvon tarkastusten tekeminen', 'utföra fordonskontroller'),
  trafficRules: ownSkill('follow-traffic-regulations', 'follow traffic regulations', 'liikennesääntöjen noudattaminen', 'följa trafikregler'),
  emergencies: ownSkill('act-in-emergencies', 'act in emergencies and give first aid', 'toiminta hätätilanteissa ja ensiapu', 'agera i nödsituationer och ge första hjälpen'),
  foodHygiene: ownSkill('handle-food-hygienically', 'handle food hygienically', 'elintarvikkeiden hygieeninen käsittely', 'hantera livsmedel hygieniskt'),
  serveCustomers: ownSkill('serve-customers', 'serve customers', 'asiakkaiden palveleminen', 'betjäna kunder'),
  handlePayments: ownSkill('handle-payments', 'handle payments', 'maksujen käsittely', 'hantera betalningar'),
  cooperateWithParents: ownSkill('cooperate-with-parents', 'cooperate with parents', 'yhteistyö vanhempien kanssa', 'samarbeta med föräldrar'),
  technicalDrawings: ownSkill('read-technical-drawings', 'read technical drawings', 'teknisten piirustusten lukeminen', 'läsa tekniska ritningar'),
  protectiveEquipment: ownSkill('use-personal-protective-equipment', 'use personal protective equipment', 'henkilönsuojainten käyttö', 'använda personlig skyddsutrustning'),
  liftSafely: ownSkill('lift-and-move-loads-safely', 'lift and move loads safely', 'taakkojen turvallinen nostaminen ja siirtäminen', 'lyfta och flytta bördor säkert'),
} as const;

const OCCUPATION = 'http://data.europa.eu/esco/occupation/';
const occupation = (
  key: string,
  id: string,
  occupationLabel: string,
  commonNames: CuratedOccupation['commonNames'],
  essentialSkills: Array<[CuratedSkill, Proficiency]>,
): CuratedOccupation => ({
  key,
  occupationUri: `${OCCUPATION}${id}`,
  occupationLabel,
  commonNames,
  essentialSkills: essentialSkills.map(([skill, requiredProficiency]) => ({ skill, requiredProficiency })),
});

export const CURATED_OCCUPATIONS: readonly CuratedOccupation[] = [
  occupation('warehouse-worker', 'bea705fe-06ac-4147-b8e0-6e8ac1208d8f', 'warehouse worker', { en: 'warehouse worker', fi: 'varastotyöntekijä', sv: 'lagerarbetare' }, [
    [ownSkill('pick-orders', 'pick orders accurately', 'tilausten kerääminen virheettömästi', 'plocka order korrekt'), 2],
    [ownSkill('receive-and-check-goods', 'receive and check incoming goods', 'saapuvien tavaroiden vastaanotto ja tarkastus', 'ta emot och kontrollera inkommande varor'), 2],
    [common.loadGoods, 2],
    [common.liftSafely, 2],
    [esco.handheld, 2],
    [esco.safety, 2],
    [esco.detail, 2],
    [esco.teamwork, 2],
  ]),
  occupation('forklift-operator', 'eeac6251-1974-42f5-91ed-513c6c883755', 'forklift operator', { en: 'forklift operator', fi: 'trukinkuljettaja', sv: 'truckförare' }, [
    [ownSkill('drive-a-forklift', 'drive a forklift', 'trukin kuljettaminen', 'köra truck'), 3],
    [common.loadGoods, 3],
    [ownSkill('check-the-forklift-daily', 'carry out the daily checks of a forklift', 'trukin päivittäiset tarkastukset', 'utföra dagliga kontroller av trucken'), 2],
    [ownSkill('store-goods-safely', 'store goods safely on racks', 'tavaroiden turvallinen hyllyttäminen', 'lagra varor säkert i ställage'), 2],
    [esco.safety, 3],
    [esco.handheld, 2],
    [esco.independent, 2],
  ]),
  occupation('cleaner', '303a1e34-cb16-4054-b323-81e5eec17397', 'building cleaner', { en: 'cleaner', fi: 'siivooja / laitoshuoltaja', sv: 'städare' }, [
    [ownSkill('clean-surfaces-and-floors', 'clean surfaces and floors', 'pintojen ja lattioiden puhdistaminen', 'rengöra ytor och golv'), 3],
    [ownSkill('use-cleaning-agents', 'choose and use cleaning agents and tools correctly', 'puhdistusaineiden ja -välineiden oikea valinta ja käyttö', 'välja och använda rengöringsmedel och redskap rätt'), 3],
    [ownSkill('operate-cleaning-machines', 'operate cleaning machines', 'siivouskoneiden käyttö', 'använda städmaskiner'), 2],
    [ownSkill('sort-waste', 'sort waste for recycling', 'jätteiden lajittelu ja kierrätys', 'sortera avfall för återvinning'), 2],
    [esco.hygiene, 3],
    [esco.safety, 2],
    [esco.independent, 3],
    [esco.time, 2],
  ]),
  occupation('practical-nurse', '87d0795a-d41f-47ee-979f-0ab7d73836e7', 'nurse assistant', { en: 'practical nurse', fi: 'lähihoitaja', sv: 'närvårdare' }, [
    [ownSkill('assist-with-daily-activities', 'assist patients with daily activities', 'potilaan avustaminen päivittäisissä toiminnoissa', 'hjälpa patienter med dagliga aktiviteter'), 3],
    [ownSkill('measure-vital-signs', 'measure vital signs', 'elintoimintojen mittaaminen', 'mäta vitala parametrar'), 3],
    [ownSkill('give-medication', 'give medication as prescribed', 'lääkehoidon toteuttaminen ohjeiden mukaan', 'ge läkemedel enligt ordination'), 3],
    [ownSkill('observe-patients', "observe and report changes in a patient's condition", 'potilaan voinnin seuraaminen ja muutoksista raportointi', 'observera och rapportera förändringar i patientens tillstånd'), 3],
    [esco.hygiene, 3],
    [esco.consideration, 3],
    [esco.teamwork, 3],
    [esco.finnishSpoken, 3],
    [esco.privacy, 2],
  ]),
  occupation('cook', '90f75f67-495d-49fa-ab57-2f320e251d7e', 'cook', { en: 'cook', fi: 'kokki', sv: 'kock' }, [
    [ownSkill('prepare-meals-from-recipes', 'prepare meals following recipes', 'aterioiden valmistaminen reseptien mukaan', 'laga måltider enligt recept'), 3],
    [common.foodHygiene, 3],
    [ownSkill('use-kitchen-equipment', 'use kitchen equipment', 'keittiölaitteiden käyttö', 'använda köksutrustning'), 3],
    [ownSkill('cater-for-special-diets', 'cater for special diets', 'erityisruokavalioiden huomioiminen', 'ta hänsyn till specialkost'), 2],
    [ownSkill('store-food-correctly', 'store food correctly', 'elintarvikkeiden oikea säilytys', 'förvara livsmedel korrekt'), 2],
    [esco.hygiene, 3],
    [esco.pressure, 2],
    [esco.teamwork, 2],
  ]),
  occupation('shop-assistant', '0b15375e-dfdd-4047-9efb-096e0aaee7d2', 'shop assistant', { en: 'shop assistant', fi: 'myyjä', sv: 'butiksbiträde' }, [
    [common.serveCustomers, 3],
    [ownSkill('operate-a-cash-register', 'operate a cash register', 'kassatyöskentely', 'arbeta i kassan'), 2],
    [ownSkill('stock-shelves', 'stock shelves and display goods', 'hyllyjen täyttäminen ja tuotteiden esillepano', 'fylla på hyllor och exponera varor'), 2],
    [ownSkill('advise-on-products', 'advise customers on products', 'asiakkaiden neuvominen tuotteista', 'ge kunder råd om produkter'), 2],
    [esco.interact, 3],
    [esco.manners, 3],
    [esco.calculations, 2],
    [esco.teamwork, 2],
  ]),
  occupation('bus-driver', '00cee175-1376-43fb-9f02-ba3d7a910a58', 'bus driver', { en: 'bus driver', fi: 'linja-autonkuljettaja', sv: 'bussförare' }, [
    [ownSkill('drive-a-bus', 'drive a bus safely in traffic', 'linja-auton turvallinen kuljettaminen liikenteessä', 'köra buss säkert i trafiken'), 4],
    [common.trafficRules, 4],
    [common.vehicleChecks, 2],
    [ownSkill('serve-passengers', 'serve passengers and sell tickets', 'matkustajien palveleminen ja lipunmyynti', 'betjäna passagerare och sälja biljetter'), 2],
    [common.emergencies, 2],
    [esco.safety, 3],
    [esco.pressure, 3],
    [esco.manners, 2],
    [esco.time, 3],
  ]),
  occupation('truck-driver', '45037d43-a8f5-4f46-b332-b2935bc305f4', 'cargo vehicle driver', { en: 'truck driver', fi: 'kuorma-autonkuljettaja', sv: 'lastbilschaufför' }, [
    [ownSkill('drive-a-heavy-goods-vehicle', 'drive a heavy goods vehicle', 'kuorma-auton kuljettaminen', 'köra lastbil'), 4],
    [ownSkill('secure-loads', 'secure loads', 'kuorman sidonta', 'säkra last'), 3],
    [ownSkill('follow-driving-time-rules', 'follow driving and rest time rules', 'ajo- ja lepoaikasäännösten noudattaminen', 'följa reglerna om kör- och vilotider'), 3],
    [common.trafficRules, 4],
    [common.loadGoods, 2],
    [common.vehicleChecks, 2],
    [esco.gps, 2],
    [esco.independent, 3],
    [esco.time, 2],
  ]),
  occupation('construction-worker', 'fb7e2f4f-1545-42f1-972e-94082e49c6dc', 'building construction worker', { en: 'construction worker', fi: 'rakennustyöntekijä', sv: 'byggnadsarbetare' }, [
    [ownSkill('use-hand-and-power-tools', 'use hand and power tools', 'käsi- ja sähkötyökalujen käyttö', 'använda hand- och elverktyg'), 3],
    [common.technicalDrawings, 2],
    [ownSkill('work-safely-at-heights', 'work safely at heights', 'turvallinen työskentely korkealla', 'arbeta säkert på hög höjd'), 2],
    [ownSkill('handle-building-materials', 'handle building materials', 'rakennusmateriaalien käsittely', 'hantera byggmaterial'), 2],
    [common.protectiveEquipment, 3],
    [esco.measurements, 2],
    [esco.safety, 3],
    [esco.teamwork, 3],
  ]),
  occupation('electrician', '4910419f-b4af-4f59-b544-9dbebc8a74f0', 'electrician', { en: 'electrician', fi: 'sähköasentaja', sv: 'elmontör' }, [
    [ownSkill('install-wiring-and-equipment', 'install electrical wiring and equipment', 'sähköjohtojen ja -laitteiden asentaminen', 'installera elledningar och elutrustning'), 3],
    [ownSkill('read-electrical-diagrams', 'read electrical diagrams', 'sähköpiirustusten lukeminen', 'läsa elritningar'), 3],
    [ownSkill('test-electrical-installations', 'test and inspect electrical installations', 'sähköasennusten mittaaminen ja tarkastaminen', 'prova och kontrollera elinstallationer'), 3],
    [ownSkill('apply-electrical-safety-rules', 'apply electrical safety regulations', 'sähköturvallisuusmääräysten noudattaminen', 'tillämpa elsäkerhetsföreskrifter'), 4],
    [ownSkill('troubleshoot-electrical-faults', 'troubleshoot electrical faults', 'sähkövikojen paikantaminen', 'felsöka elfel'), 3],
    [esco.measurements, 3],
    [esco.safety, 4],
    [esco.independent, 3],
  ]),
  occupation('welder', '7aedaa07-3884-4c5b-88f9-80997b2aa54b', 'welder', { en: 'welder', fi: 'hitsaaja', sv: 'svetsare' }, [
    [ownSkill('mig-mag-welding', 'weld with MIG/MAG methods', 'MIG/MAG-hitsaus', 'MIG/MAG-svetsning'), 3],
    [ownSkill('tig-welding', 'weld with the TIG method', 'TIG-hitsaus', 'TIG-svetsning'), 2],
    [ownSkill('prepare-and-inspect-joints', 'prepare and inspect welded joints', 'hitsausliitosten valmistelu ja tarkastus', 'förbereda och kontrollera svetsfogar'), 3],
    [common.technicalDrawings, 2],
    [common.protectiveEquipment, 3],
    [esco.measurements, 2],
    [esco.safety, 3],
    [esco.detail, 3],
  ]),
  occupation('security-guard', '31808988-fc0a-4bc3-9e47-27216d6759f5', 'security guard', { en: 'security guard', fi: 'vartija', sv: 'väktare' }, [
    [ownSkill('patrol-and-monitor', 'patrol and monitor premises', 'kohteiden valvonta ja partiointi', 'patrullera och övervaka lokaler'), 3],
    [ownSkill('know-guard-powers', "apply a security guard's legal powers", 'vartijan toimivaltuuksien soveltaminen', 'tillämpa väktarens befogenheter'), 3],
    [ownSkill('handle-conflicts-calmly', 'handle conflicts calmly', 'ristiriitatilanteiden rauhallinen hoitaminen', 'hantera konflikter lugnt'), 3],
    [common.emergencies, 3],
    [esco.reportFacts, 3],
    [esco.pressure, 3],
    [esco.manners, 2],
    [esco.finnishSpoken, 3],
  ]),
  occupation('customer-service-agent', '13d1b2b4-99dd-44da-9734-c9f74bae18f7', 'customer service representative', { en: 'customer service agent', fi: 'asiakaspalvelija', sv: 'kundtjänstmedarbetare' }, [
    [ownSkill('serve-customers-by-phone-and-online', 'serve customers by phone and online', 'asiakkaiden palveleminen puhelimitse ja verkossa', 'betjäna kunder per telefon och på nätet'), 3],
    [ownSkill('handle-complaints', 'handle customer complaints', 'asiakasvalitusten käsittely', 'hantera kundklagomål'), 2],
    [ownSkill('use-customer-systems', 'use customer information systems', 'asiakastietojärjestelmien käyttö', 'använda kundsystem'), 2],
    [esco.interact, 3],
    [esco.onlineCommunication, 3],
    [esco.pressure, 2],
    [esco.privacy, 2],
    [esco.finnishSpoken, 3],
    [esco.englishSpoken, 2],
  ]),
  occupation('office-assistant', '6c999fc7-c6b7-4ef3-a4b9-af124a1783a2', 'office clerk', { en: 'office assistant', fi: 'toimistoavustaja', sv: 'kontorsassistent' }, [
    [esco.wordProcessing, 3],
    [esco.spreadsheets, 2],
    [esco.digitalDocuments, 3],
    [esco.onlineCommunication, 2],
    [ownSkill('handle-mail-and-archives', 'handle mail and archives', 'postin ja arkiston hoitaminen', 'sköta post och arkiv'), 2],
    [ownSkill('answer-enquiries', 'answer phone calls and enquiries', 'puheluihin ja tiedusteluihin vastaaminen', 'svara på telefonsamtal och förfrågningar'), 2],
    [esco.finnishWriting, 3],
    [esco.detail, 3],
    [esco.time, 2],
  ]),
  occupation('software-developer', 'f2b15a0e-e65a-438a-affb-29b9d50b77d1', 'software developer', { en: 'software developer', fi: 'ohjelmistokehittäjä', sv: 'mjukvaruutvecklare' }, [
    [esco.programming, 4],
    [ownSkill('use-version-control', 'use version control', 'versionhallinnan käyttö', 'använda versionshantering'), 3],
    [ownSkill('test-and-debug-software', 'test and debug software', 'ohjelmistojen testaaminen ja virheiden korjaaminen', 'testa och felsöka programvara'), 3],
    [esco.databases, 2],
    [esco.technicalProblems, 3],
    [esco.digitalCollaboration, 3],
    [esco.teamwork, 3],
    [esco.englishReading, 3],
  ]),
  occupation('accounting-assistant', 'bfe142b9-a049-4d41-89c4-fd2f34ac56b6', 'accounting assistant', { en: 'accounting assistant', fi: 'kirjanpitäjä / taloushallinnon assistentti', sv: 'redovisningsassistent' }, [
    [ownSkill('record-transactions', 'record business transactions', 'liiketapahtumien kirjaaminen', 'bokföra affärshändelser'), 3],
    [ownSkill('process-invoices', 'process purchase and sales invoices', 'osto- ja myyntilaskujen käsittely', 'hantera inköps- och försäljningsfakturor'), 3],
    [ownSkill('reconcile-accounts', 'reconcile accounts', 'tilien täsmäyttäminen', 'stämma av konton'), 2],
    [ownSkill('use-accounting-software', 'use accounting software', 'taloushallinnon ohjelmistojen käyttö', 'använda ekonomisystem'), 3],
    [esco.spreadsheets, 3],
    [esco.calculations, 3],
    [esco.detail, 4],
    [esco.privacy, 2],
  ]),
  occupation('hairdresser', '099c6bb0-22d3-4c5d-8bf5-70910af381ef', 'hairdresser', { en: 'hairdresser', fi: 'kampaaja', sv: 'frisör' }, [
    [ownSkill('cut-hair', 'cut hair', 'hiusten leikkaaminen', 'klippa hår'), 3],
    [ownSkill('colour-hair', 'colour hair', 'hiusten värjääminen', 'färga hår'), 3],
    [ownSkill('style-hair', 'style hair', 'hiusten muotoilu ja kampaaminen', 'styla hår'), 3],
    [ownSkill('advise-on-hair-care', 'advise customers on hair care', 'asiakkaiden neuvominen hiustenhoidossa', 'ge kunder råd om hårvård'), 2],
    [ownSkill('book-appointments-and-take-payments', 'book appointments and take payments', 'ajanvaraus ja maksujen vastaanottaminen', 'boka tider och ta betalt'), 2],
    [esco.hygiene, 3],
    [esco.interact, 3],
    [esco.creative, 2],
  ]),
  occupation('early-childhood-educator', '55d60ead-0343-4008-b9e4-fb4b5a179c83', 'early years teacher', { en: 'early childhood educator', fi: 'varhaiskasvatuksen opettaja', sv: 'lärare inom småbarnspedagogik' }, [
    [ownSkill('plan-early-childhood-education', 'plan and carry out early childhood education', 'varhaiskasvatuksen suunnittelu ja toteuttaminen', 'planera och genomföra småbarnspedagogik'), 4],
    [ownSkill('support-child-development', "support children's development and learning", 'lasten kehityksen ja oppimisen tukeminen', 'stödja barns utveckling och lärande'), 4],
    [ownSkill('observe-and-document-development', "observe and document children's development", 'lasten kehityksen havainnointi ja dokumentointi', 'observera och dokumentera barns utveckling'), 3],
    [common.cooperateWithParents, 3],
    [esco.instruct, 3],
    [esco.teamwork, 3],
    [esco.intercultural, 2],
    [esco.finnishSpoken, 4],
  ]),
  occupation('child-day-care-worker', '3f74aad8-2d60-4be2-b059-8dba5568d530', 'child day care worker', { en: 'childcare worker', fi: 'lastenhoitaja', sv: 'barnskötare' }, [
    [ownSkill('care-for-basic-needs', "take care of children's basic needs", 'lasten perustarpeista huolehtiminen', 'sköta barns grundläggande behov'), 3],
    [ownSkill('guide-play-and-daily-activities', 'guide children in play and daily activities', 'lasten ohjaaminen leikissä ja arjen toiminnoissa', 'handleda barn i lek och vardagliga aktiviteter'), 3],
    [ownSkill('keep-children-safe', 'keep children safe', 'lasten turvallisuudesta huolehtiminen', 'sörja för barnens säkerhet'), 3],
    [common.cooperateWithParents, 2],
    [common.emergencies, 2],
    [esco.hygiene, 2],
    [esco.teamwork, 3],
    [esco.finnishSpoken, 3],
  ]),
  occupation('waiter', 'd5db9d5c-2ebf-4a54-a79a-1b7e7ff70471', 'waiter/waitress', { en: 'waiter', fi: 'tarjoilija', sv: 'servitör' }, [
    [ownSkill('serve-food-and-drinks', 'serve food and drinks', 'ruokien ja juomien tarjoilu', 'servera mat och dryck'), 3],
    [ownSkill('take-orders', 'take orders', 'tilausten vastaanottaminen', 'ta emot beställningar'), 3],
    [ownSkill('know-menu-and-allergens', 'know the menu, allergens and special diets', 'ruokalistan, allergeenien ja erityisruokavalioiden tunteminen', 'känna till menyn, allergener och specialkost'), 2],
    [ownSkill('serve-alcohol-responsibly', 'serve alcohol responsibly', 'vastuullinen anniskelu', 'servera alkohol ansvarsfullt'), 2],
    [common.handlePayments, 2],
    [esco.manners, 3],
    [esco.hygiene, 3],
    [esco.pressure, 2],
    [esco.englishSpoken, 2],
  ]),
  occupation('care-assistant', 'd38c2107-98f2-47b7-8bb4-f69750d51082', 'healthcare assistant', { en: 'care assistant', fi: 'hoiva-avustaja', sv: 'vårdassistent' }, [
    [ownSkill('assist-with-hygiene-and-dressing', 'assist with personal hygiene and dressing', 'avustaminen henkilökohtaisessa hygieniassa ja pukeutumisessa', 'hjälpa till med personlig hygien och påklädning'), 3],
    [ownSkill('assist-with-meals', 'assist with meals', 'avustaminen ruokailussa', 'hjälpa till vid måltider'), 3],
    [ownSkill('help-clients-move-safely', 'help clients move safely', 'asiakkaan avustaminen liikkumisessa ja siirtymisessä', 'hjälpa klienter att förflytta sig säkert'), 3],
    [ownSkill('support-daily-life', 'support daily activities and social participation', 'arjen toimintojen ja osallisuuden tukeminen', 'stödja vardagliga aktiviteter och delaktighet'), 2],
    [esco.consideration, 3],
    [esco.hygiene, 3],
    [esco.reportFacts, 2],
    [esco.finnishSpoken, 2],
  ]),
  occupation('delivery-driver', '0c408028-c48f-4df8-ba5d-c3d3be15f5a2', 'delivery driver', { en: 'delivery driver', fi: 'jakelunkuljettaja', sv: 'budbilsförare' }, [
    [ownSkill('drive-a-van', 'drive a van or car in traffic', 'paketti- tai henkilöauton kuljettaminen liikenteessä', 'köra skåpbil eller personbil i trafiken'), 3],
    [ownSkill('plan-delivery-routes', 'plan delivery routes', 'jakelureittien suunnittelu', 'planera leveransrutter'), 2],
    [ownSkill('handle-parcels-carefully', 'handle parcels carefully', 'pakettien huolellinen käsittely', 'hantera paket varsamt'), 2],
    [common.trafficRules, 3],
    [esco.gps, 3],
    [esco.handheld, 2],
    [esco.manners, 2],
    [esco.time, 3],
    [esco.independent, 3],
  ]),
  occupation('kitchen-assistant', 'e1cf6897-158d-4b48-a39e-2a3a8cac216c', 'kitchen assistant', { en: 'kitchen assistant', fi: 'keittiöapulainen', sv: 'köksbiträde' }, [
    [ownSkill('wash-dishes', 'wash dishes and run the dishwasher', 'astioiden peseminen ja astianpesukoneen käyttö', 'diska och sköta diskmaskinen'), 3],
    [ownSkill('prepare-ingredients', 'prepare ingredients', 'raaka-aineiden esikäsittely', 'förbereda råvaror'), 2],
    [ownSkill('clean-the-kitchen', 'clean the kitchen', 'keittiön siivoaminen', 'städa köket'), 3],
    [common.foodHygiene, 2],
    [esco.hygiene, 3],
    [esco.efficient, 2],
    [esco.teamwork, 2],
  ]),
];

const byUri = new Map(CURATED_OCCUPATIONS.map((entry) => [entry.occupationUri, entry]));

export function curatedOccupation(occupationUri: string): CuratedOccupation | undefined {
  return byUri.get(occupationUri);
}

/** The curated requirements of an occupation, labelled in one language; undefined when none are curated. */
export function curatedRequirements(occupationUri: string, language: ProfileLanguage): Requirement[] | undefined {
  return curatedOccupation(occupationUri)?.essentialSkills.map(({ skill, requiredProficiency }) => ({
    requirementId: skill.key,
    label: skill.label[language],
    ...(skill.escoUri !== undefined && { escoUri: skill.escoUri }),
    requiredProficiency,
  }));
}
