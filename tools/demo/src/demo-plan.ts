/**
 * What the demo makes, decided by each client's number alone (so a second run decides the same
 * and finds it done): two organisations marked as demo data (codes DEMO-..., project DEMO),
 * their staff, and for each client the path through the process (docs/domain.md#the-process).
 */
export const DEMO_PROJECT = 'DEMO';

export interface DemoOrganisation {
  number: number;
  code: string;
  /** Where most clients live: codes and, to show the mapping, Finnish and Swedish names. */
  municipalities: readonly string[];
  /**
   * A few clients from far away: two regions of 1-4 participants each, which the reports must
   * hide. Two, so that the big region stays readable: with one small region, its count could
   * be worked out from the total and the big one, which would then have to hide too.
   */
  rareMunicipalities: readonly [string, string];
  advisors: readonly string[];
  coordinator: string;
  reporter: string;
  languages: readonly ('fi' | 'sv' | 'en')[];
}

/**
 * Eight advisors an organisation, a dozen clients each: scheduling books one advisor's
 * meetings one at a time (no double booking), so the demo's speed grows with the advisors.
 */
const staffOf = (code: string) => ({
  advisors: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${code.toLowerCase()}-advisor-${n}`),
  coordinator: `${code.toLowerCase()}-coordinator`,
  reporter: `${code.toLowerCase()}-reporter`,
});

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    number: 1,
    code: 'DEMO-OULU',
    municipalities: ['564', 'Oulu', 'Uleåborg', '244', 'Liminka', '139', 'Muhos', '564'],
    rareMunicipalities: ['Rovaniemi', 'Kajaani'],
    languages: ['fi', 'fi', 'fi', 'en'],
    ...staffOf('DEMO-OULU'),
  },
  {
    number: 2,
    code: 'DEMO-HELSINKI',
    municipalities: ['091', 'Helsinki', 'Helsingfors', 'Esbo', '049', 'Vantaa', '092', 'Kerava'],
    rareMunicipalities: ['Mariehamn', 'Kotka'],
    languages: ['fi', 'sv', 'fi', 'en'],
    ...staffOf('DEMO-HELSINKI'),
  },
];

export const CLIENTS_PER_ORGANISATION = 100;

export type Direction = 'group-guidance' | 'licence-training' | 'individual-only';
const LICENCES = ['occupational-safety-card', 'hygiene-passport', 'forklift-licence', 'first-aid-1', 'road-safety-card'];
const LABOUR_MARKET = ['unemployed', 'unemployed', 'unemployed', 'unemployed', 'long-term-unemployed', 'inactive', 'in-education', 'employed'] as const;
const ISCED = [2, 3, 3, 4, 5, 6, 3, 7];
const REFERRAL_SOURCES = ['employment-services', 'employment-services', 'educational-institution', 'social-services', 'self-referral', 'other-service'];

export interface ExitPlan {
  reason: 'employed' | 'studies' | 'business' | 'training' | 'job-searching' | 'other';
  outcome: Record<string, unknown>;
}

export interface ClientPlan {
  index: number;
  advisor: string;
  municipality: string;
  language: 'fi' | 'sv' | 'en';
  registration: Record<string, unknown>;
  /** Weeks of individual meetings before this one, one a week (3-5). */
  weeks: number;
  /** The first of them was missed (only with 4 or more weeks, so 3 are still held). */
  firstMissed: boolean;
  direction?: Direction;
  licence?: { code: string; passed: boolean };
  /** Which of the three group sessions, for group guidance. */
  session?: number;
  interestInventory: boolean;
  /** A career plan drafted after the initial assessment, agreed by both (docs/domain.md#the-career-plan). */
  careerPlan: boolean;
  /** How many of their own steps the client marks done. */
  planStepsDone: number;
  /** Reviewed at a later meeting. */
  planReview: boolean;
  /**
   * The client does their own part with their own token: the interest inventory, the
   * self-assessments, a profile text in their own words and their own CV.
   */
  ownChannel: boolean;
  cv: boolean;
  application: boolean;
  exit?: ExitPlan;
  learningOutcomesConfirmed: boolean;
}

function exitPlanOf(i: number, today: string): ExitPlan {
  const k = i % 20;
  if (k <= 6) return { reason: 'employed', outcome: { status: 'employed', workingTime: k % 3 === 0 ? 'part-time' : 'full-time', contract: k % 2 ? 'permanent' : 'fixed-term', startDate: today } };
  if (k <= 8) return { reason: 'studies', outcome: { status: 'studying', institutionType: 'vocational', iscedLevel: 3, startDate: today } };
  if (k === 9) return { reason: 'business', outcome: { status: 'self-employed', startDate: today } };
  if (k <= 11) return { reason: 'training', outcome: { status: 'in-training' } };
  if (k <= 18) return { reason: 'job-searching', outcome: { status: 'job-searching' } };
  return { reason: 'other', outcome: { status: 'other' } };
}

export function clientPlan(organisation: DemoOrganisation, i: number, person: Record<string, unknown>, today: string): ClientPlan {
  const status = LABOUR_MARKET[i % LABOUR_MARKET.length];
  const unemployed = status === 'unemployed' || status === 'long-term-unemployed';
  const gender = i % 10 < 5 ? 'woman' : i % 10 < 9 ? 'man' : i % 20 === 9 ? 'non-binary' : 'not-told';
  const municipality = i % 40 === 7 ? organisation.rareMunicipalities[0] : i % 40 === 8 ? organisation.rareMunicipalities[1] : organisation.municipalities[i % organisation.municipalities.length];
  const language = organisation.languages[i % organisation.languages.length];
  const advisor = organisation.advisors[i % organisation.advisors.length];
  const weeks = 3 + (i % 3);
  const completes = i % 10 !== 9;
  const d = i % 10;
  const direction: Direction | undefined = !completes ? undefined : d <= 3 ? 'group-guidance' : d <= 6 ? 'licence-training' : 'individual-only';
  const exits = completes && i % 10 < 7;
  return {
    index: i,
    advisor,
    municipality,
    language,
    weeks,
    firstMissed: weeks >= 4 && i % 5 === 0,
    ...(direction && { direction }),
    ...(direction === 'licence-training' && { licence: { code: LICENCES[i % LICENCES.length], passed: i % 5 !== 1 } }),
    ...(direction === 'group-guidance' && { session: i % 3 }),
    interestInventory: i % 2 === 0,
    careerPlan: completes && d !== 8,
    planStepsDone: i % 4 === 0 ? 2 : i % 4 === 3 ? 0 : 1,
    planReview: completes && d !== 8 && i % 3 === 1,
    ownChannel: i % 3 === 2,
    cv: completes && i % 10 < 8,
    application: completes && i % 10 < 8 && i % 2 === 0,
    ...(exits && { exit: exitPlanOf(i, today) }),
    learningOutcomesConfirmed: exits && i % 2 === 0,
    registration: {
      organisation: organisation.code,
      projectCode: DEMO_PROJECT,
      ...person,
      municipality,
      preferredLanguage: language,
      referralSource: REFERRAL_SOURCES[i % REFERRAL_SOURCES.length],
      entry: {
        gender,
        labourMarketStatus: status,
        ...(unemployed && { unemploymentMonths: status === 'long-term-unemployed' ? 14 + (i % 17) : 1 + (i % 14) }),
        highestEducationIsced: ISCED[i % ISCED.length],
      },
      voluntary: {
        disability: i % 13 === 0 ? 'yes' : 'no',
        foreignBackground: i % 6 === 0 ? 'yes' : 'no',
        thirdCountryNational: i % 12 === 0 ? 'yes' : 'no',
        minority: i % 17 === 0 ? 'yes' : 'not-told',
        homelessness: 'no',
      },
      voluntaryConsent: true,
      advisorId: advisor,
    },
  };
}
