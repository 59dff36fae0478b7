import { addDays, fromHelsinkiWallClock, helsinkiDate, helsinkiIsoWeek, isoWeekOfDate, partsOf } from '@career/calendar';
import { guidanceProcessIdOf } from '@career/contracts';
import { eventually, expectStatus, keyOf, request, type Answer } from './demo-http';
import { careerPlanJourney, planDraftOf } from './career-plan';
import type { ClientPlan, DemoOrganisation } from './demo-plan';
import type { DemoServices } from './demo-services';

export interface JourneyResult {
  clientId: string;
  processId: string;
  cvDocumentId?: string;
  /** The latest agreed version of the client's career plan (its id is the process's). */
  agreedPlanVersion?: number;
  /** What this run added (false: a second run found it done). */
  registeredNow: boolean;
}

interface Meeting {
  meetingId: string;
  phase?: 'initial-assessment' | 'follow-up';
  start: string;
  status: string;
}
interface ProcessView {
  phase: 'initial-assessment' | 'follow-up';
  status: 'open' | 'closed';
  meetings: Meeting[];
  referrals: { referralId: string; licenceCode: string; completion?: unknown }[];
}

/** What some clients write about themselves, in their own words (their CV prints it). */
const PROFILE_TEXTS = [
  'Olen luotettava ja oppimishaluinen. Viihdyn tiimissä ja asiakkaiden parissa, ja haluan nyt vakituisen työn varastolta tai kaupasta.',
  'Minulla on kokemusta kaupan kassalta ja urheiluseuran talkoista. Olen täsmällinen ja opin nopeasti uusia järjestelmiä.',
  'Haluan käyttää asiakaspalvelutaitojani uudessa työssä. Olen rauhallinen, järjestelmällinen ja valmis kouluttautumaan.',
];

const SKILLS = [
  { label: 'Asiakaspalvelu', kind: 'transversal', proficiency: 3, gainedIn: 'work', evidence: 'Kassatyö kaupassa kolme vuotta.' },
  { label: 'Tiimityö', kind: 'transversal', proficiency: 3, gainedIn: 'hobby', evidence: 'Urheiluseuran talkoot.' },
  { label: 'Taulukkolaskenta', kind: 'digital', proficiency: 2, gainedIn: 'studies' },
  { label: 'Englanti', kind: 'language', cefrLevel: 'B1', proficiency: 2, gainedIn: 'studies' },
];

/**
 * The Helsinki wall-clock slot of a client's meeting in the week `weeksBack` weeks before
 * today's: each advisor's clients get their own weekday and hour, so the advisor is never
 * double-booked (scheduling refuses that) and every meeting is in the past (so it can be
 * marked held). Scheduling accepts a start in the past: it checks one meeting per ISO week in
 * the initial assessment, not the clock (see the README's "First ten minutes").
 */
export function meetingSlot(today: string, weeksBack: number, slotOfAdvisor: number): string {
  const monday = addDays(isoWeekOfDate(today).monday, -7 * weeksBack);
  const day = partsOf(addDays(monday, slotOfAdvisor % 5));
  const hour = 8 + (Math.floor(slotOfAdvisor / 5) % 9);
  return fromHelsinkiWallClock({ ...day, hour, minute: 0, second: 0 }).toISOString();
}

/** One fictional client through the whole process over the public APIs, each step skipped when a previous run did it. */
export async function clientJourney(organisation: DemoOrganisation, plan: ClientPlan, services: DemoServices, now: Date): Promise<JourneyResult> {
  const today = helsinkiDate(now);
  const advisor = await services.token('advisor', organisation.code, plan.advisor);
  const coordinator = await services.token('coordinator', organisation.code, organisation.coordinator);
  const { intake, scheduling, skills, documents } = services.urls;
  const as = (token: string, body?: unknown, idempotencyKey?: string) => ({ token, ...(body !== undefined && { body }), ...(idempotencyKey && { idempotencyKey }) });
  const key = (...parts: (string | number)[]) => keyOf(organisation.code, plan.index, ...parts);
  // The client signs in with their own token (an identity-code claim, as strong identification gives it).
  const client = () => services.clientToken(organisation.code, plan.registration.personalIdentityCode as string);

  // 1. Intake (step 1): registered with an advisor; a second run meets its own identity code.
  const registered = await request(intake, 'POST', '/api/v1/clients', as(advisor, plan.registration, key('register')));
  expectStatus(registered, [201], `register ${organisation.code} #${plan.index}`, ['CLIENT.DUPLICATE_IDENTITY_CODE', 'CLIENT.REENTRY_REQUIRED']);
  // A second run within a day gets the first answer replayed (Idempotency-Key), marked so: registered earlier.
  const registeredNow = registered.status === 201 && registered.headers.get('idempotent-replayed') !== 'true';
  const clientId = (registered.status === 201 ? registered.json.clientId : (registered.json.details as { existingClientId: string }).existingClientId) as string;
  const processId = guidanceProcessIdOf(clientId, 1);
  const processPath = `/api/v1/guidance-processes/${processId}`;
  const readProcess = async () => {
    const answer = await request(scheduling, 'GET', processPath, as(advisor));
    return answer.status === 200 ? (answer.json as unknown as ProcessView) : undefined;
  };

  // Scheduling opens the process when it hears of the registration (Kafka).
  let process = await eventually(`the guidance process of ${organisation.code} #${plan.index}`, readProcess);

  // 2. Initial assessment: a meeting a week for 3-5 weeks, back-dated.
  if (process.phase === 'initial-assessment' && process.status === 'open') {
    const slot = Math.floor(plan.index / organisation.advisors.length);
    for (let w = plan.weeks; w >= 1; w--) {
      const week = helsinkiIsoWeek(new Date(meetingSlot(today, w, 0))).key;
      let meeting = process.meetings.find((m) => m.status !== 'cancelled' && helsinkiIsoWeek(new Date(m.start)).key === week);
      // The advisor's own slot; should it be taken (an advisor changed since an earlier run), the next free hour.
      for (let shift = 0; !meeting; shift++) {
        const start = meetingSlot(today, w, slot + shift);
        const booked = await request(scheduling, 'POST', `${processPath}/meetings`, as(advisor, { start, durationMinutes: 60, mode: w % 2 ? 'in-person' : 'video', location: 'Demo-toimisto' }, key('meeting', w, shift)));
        if (booked.json.code === 'ADVISOR.DOUBLE_BOOKED' && shift < 40) continue;
        expectStatus(booked, [201], `meeting ${w} of #${plan.index}`);
        meeting = { meetingId: booked.json.meetingId as string, start, status: 'scheduled' };
      }
      if (meeting.status === 'scheduled') {
        const missed = plan.firstMissed && w === plan.weeks;
        const path = `${processPath}/meetings/${meeting.meetingId}/${missed ? 'no-show' : 'held'}`;
        expectStatus(await request(scheduling, 'POST', path, as(advisor, missed ? undefined : { notes: 'Demo: keskusteltiin tavoitteista.' })), [200], `meeting ${w} of #${plan.index} marked`);
      }
    }
    // 3. Direction, when the initial assessment is complete.
    if (plan.direction) {
      const body = { direction: plan.direction, rationale: 'Demo: suunta sovittiin yhdessä.', ...(plan.licence && { licenceCodes: [plan.licence.code] }) };
      expectStatus(await request(scheduling, 'POST', `${processPath}/initial-assessment/complete`, as(advisor, body)), [200, 201], `direction of #${plan.index}`, ['PROCESS.INITIAL_ASSESSMENT_ALREADY_COMPLETED']);
    }
    process = (await readProcess()) ?? process;
  }

  // Licence or permit training: referred, then earned (or not).
  if (plan.licence && process.status === 'open') {
    let referral = process.referrals.find((r) => r.licenceCode === plan.licence!.code);
    if (!referral) {
      const made = expectStatus(
        await request(scheduling, 'POST', `${processPath}/training-referrals`, as(coordinator, { licenceCode: plan.licence.code, provider: 'Demo-koulutus Oy' }, key('referral'))),
        [201],
        `training referral of #${plan.index}`,
      );
      referral = { referralId: made.json.referralId as string, licenceCode: plan.licence.code };
    }
    if (!referral.completion) {
      const completion = plan.licence.passed ? { passed: true, licenceIdentifier: `DEMO-${organisation.number}${plan.index}`, validUntil: addDays(today, 5 * 365) } : { passed: false };
      expectStatus(
        await request(scheduling, 'POST', `${processPath}/training-referrals/${referral.referralId}/completion`, as(coordinator, completion)),
        [200, 201],
        `training completion of #${plan.index}`,
        ['REFERRAL.ALREADY_COMPLETED'],
      );
    }
  }

  // 6. The career plan, drafted after the initial assessment and agreed with the client.
  let agreedPlanVersion: number | undefined;
  if (plan.careerPlan && process.phase === 'follow-up') {
    const referralId = process.referrals.find((r) => r.licenceCode === plan.licence?.code)?.referralId;
    const slot = Math.floor(plan.index / organisation.advisors.length);
    const result = await careerPlanJourney(plan, planDraftOf(plan, today, referralId), {
      scheduling,
      processPath,
      advisor,
      client: await client(),
      today,
      key,
      what: `${organisation.code} #${plan.index}`,
      ...(plan.planReview && { reviewMeeting: () => followUpMeeting(scheduling, processPath, advisor, process, slot, now, key) }),
    });
    agreedPlanVersion = result.agreedVersion;
  }

  // 5./7. Skills, interests and the self-assessment (skills-assessment opens the profile from Kafka).
  const profilePath = `/api/v1/skills-profiles/${clientId}`;
  const profile = await eventually(`the skills profile of #${plan.index}`, async () => {
    const answer = await request(skills, 'GET', profilePath, as(advisor));
    return answer.status === 200 ? answer.json : undefined;
  });
  const known = new Set(((profile.skills as { label: string }[]) ?? []).map((s) => s.label));
  for (const [n, skill] of SKILLS.slice(0, 2 + (plan.index % 3)).entries()) {
    if (known.has(skill.label)) continue;
    expectStatus(await request(skills, 'POST', `${profilePath}/skills`, as(advisor, { ...skill, recordedBy: n === 0 ? 'client' : 'advisor' }, key('skill', n))), [201], `skill ${n} of #${plan.index}`, ['PROFILE.SKILL_ALREADY_RECORDED']);
  }
  // The client's own part on their own channel (`/api/v1/me/...`, their token), or the advisor's record of it.
  const own = plan.ownChannel ? await client() : undefined;
  const myProfilePath = '/api/v1/me/skills-profile';
  if ((plan.interestInventory || own) && !profile.interestInventory) {
    const [path, token] = own ? [myProfilePath, own] : [profilePath, advisor];
    expectStatus(await request(skills, 'POST', `${path}/interest-inventory`, as(token, { answers: services.inventoryAnswers(plan.index) })), [200, 201], `interest inventory of #${plan.index}`);
  }
  const rating = (phase: 'start' | 'end', base: number) => ({
    phase,
    selfKnowledge: Math.min(5, base + (plan.index % 2)),
    identifyOwnSkills: Math.min(5, base + (plan.index % 3 === 0 ? 0 : 1)),
    careerPlanningConfidence: Math.min(5, base),
    ...(!own && { recordedBy: 'client' }),
  });
  const rate = (phase: 'start' | 'end', base: number) =>
    own ? selfAssessment(skills, myProfilePath, as(own, rating(phase, base))) : selfAssessment(skills, profilePath, as(advisor, rating(phase, base)));
  await rate('start', 2);
  if (own && !(profile.profileText as { text?: string } | null)?.text) {
    expectStatus(await request(skills, 'PUT', `${myProfilePath}/profile-text`, as(own, { text: PROFILE_TEXTS[plan.index % PROFILE_TEXTS.length] })), [200], `profile text of #${plan.index}`);
  }

  // 8. Documents: a skills-based CV, and a job application for a vacancy.
  let cvDocumentId: string | undefined;
  if (plan.cv) {
    // The client's own CV carries their profile text (document-generation reads it at render time).
    const made = own
      ? await request(documents, 'POST', '/api/v1/me/documents', as(own, { kind: 'skills-cv', format: 'pdf' }, key('own-cv')))
      : await request(documents, 'POST', '/api/v1/documents', as(advisor, { clientId, kind: 'skills-cv', format: 'pdf' }, key('cv')));
    const cv = expectStatus(made, [200, 201], `CV of #${plan.index}`);
    cvDocumentId = cv.json.documentId as string;
  }
  if (plan.application) {
    const vacancy = { employer: 'Demo Logistiikka Oy', title: 'Varastotyöntekijä', reference: `DEMO-${plan.index}`, requirements: ['asiakaspalvelu', 'tiimityö'] };
    const body = { clientId, kind: 'job-application', format: 'pdf', vacancy, motivation: 'Haluan oppia uutta ja tehdä työtä, jossa asiakaspalvelu on tärkeää.' };
    expectStatus(await request(documents, 'POST', '/api/v1/documents', as(advisor, body, key('application'))), [200, 201], `application of #${plan.index}`, ['DOCUMENT.DOES_NOT_FIT']);
  }

  // 9. Exit, with the end rating (the outcome follows in recordOutcomes).
  if (plan.exit) {
    await rate('end', 3 + (plan.index % 2));
    const exit = await request(intake, 'POST', `/api/v1/clients/${clientId}/exit`, as(advisor, { exitDate: today, reason: plan.exit.reason }));
    expectStatus(exit, [200], `exit of #${plan.index}`, ['CLIENT.NOT_ACTIVE']);
  }
  return { clientId, processId, ...(cvDocumentId && { cvDocumentId }), ...(agreedPlanVersion && { agreedPlanVersion }), registeredNow };
}

/**
 * The exit's outcome and the advisor's confirmation of the learning outcomes
 * (outcomes-reporting). Done after every journey: outcomes-reporting takes a process once it
 * has read client-intake's events from Kafka, and it reads four topics one message at a time,
 * so it is the last to hear of the demo's clients. Waits until `deadline` at most: what is not
 * recorded by then is left for the next run ('later').
 */
export async function recordOutcomes(organisation: DemoOrganisation, plan: ClientPlan, clientId: string, services: DemoServices, now: Date, deadline: number): Promise<'recorded' | 'later' | 'none'> {
  if (!plan.exit) return 'none';
  const today = helsinkiDate(now);
  const advisor = await services.token('advisor', organisation.code, plan.advisor);
  const key = (...parts: (string | number)[]) => keyOf(organisation.code, plan.index, ...parts);
  const exit = { kind: 'exit', clientId, exitDate: today, outcome: plan.exit.outcome, source: 'client' };
  const what = `the exit outcome of ${organisation.code} #${plan.index}`;
  if (!(await recordOutcome(services.urls.outcomes, { token: advisor, body: exit, idempotencyKey: key('exit-outcome') }, what, ['OUTCOME.EXIT_ALREADY_RECORDED'], deadline))) return 'later';
  if (plan.learningOutcomesConfirmed) {
    const confirmed = { kind: 'learning-outcomes', clientId, learnedToIdentifySkills: true, drewUpSkillsCv: plan.cv, wroteJobApplication: plan.application, improvedSelfKnowledge: true, improvedConfidence: plan.index % 4 === 0 };
    await recordOutcome(services.urls.outcomes, { token: advisor, body: confirmed, idempotencyKey: key('learning-outcomes') }, `the learning outcomes of ${organisation.code} #${plan.index}`, [], Date.now() + 60_000);
  }
  return 'recorded';
}

/**
 * A follow-up meeting for the plan's review, held already: in the most recent week whose slot
 * has passed, at hours no initial-assessment meeting of the demo uses (11-13), so it books
 * without a clash; one per process (the follow-up cadence), found again on a second run.
 */
async function followUpMeeting(scheduling: string, processPath: string, advisor: string, process: ProcessView, slot: number, now: Date, key: (...parts: (string | number)[]) => string): Promise<string> {
  const today = helsinkiDate(now);
  let meeting = process.meetings.find((m) => m.phase === 'follow-up' && m.status !== 'cancelled');
  for (let shift = 0; !meeting; shift++) {
    const start = [0, 1].map((weeksBack) => meetingSlot(today, weeksBack, 15 + slot + shift)).find((at) => Date.parse(at) < now.getTime())!;
    const booked = await request(scheduling, 'POST', `${processPath}/meetings`, { token: advisor, body: { start, durationMinutes: 45, mode: 'phone' }, idempotencyKey: key('follow-up', shift) });
    if (booked.json.code === 'ADVISOR.DOUBLE_BOOKED' && shift < 15) continue;
    expectStatus(booked, [201], `the follow-up meeting of ${processPath}`);
    meeting = { meetingId: booked.json.meetingId as string, phase: 'follow-up', start, status: 'scheduled' };
  }
  if (meeting.status === 'scheduled') {
    const held = await request(scheduling, 'POST', `${processPath}/meetings/${meeting.meetingId}/held`, { token: advisor, body: { notes: 'Demo: käytiin suunnitelma läpi.' } });
    expectStatus(held, [200], `the follow-up meeting of ${processPath} held`);
  }
  return meeting.meetingId;
}

/** A phase is rated once: a second run finds it recorded (409 PROFILE.SELF_ASSESSMENT_PHASE_ALREADY_RECORDED). */
async function selfAssessment(skills: string, profilePath: string, call: { token: string; body?: unknown }): Promise<Answer> {
  return expectStatus(await request(skills, 'POST', `${profilePath}/self-assessments`, call), [201], 'self-assessment', ['PROFILE.SELF_ASSESSMENT_PHASE_ALREADY_RECORDED']);
}

/** outcomes-reporting knows the process once client-intake's events reached it (Kafka): until then 404. False when `deadline` passed first. */
async function recordOutcome(outcomes: string, call: { token: string; body?: unknown; idempotencyKey?: string }, what: string, alreadyDone: readonly string[], deadline: number): Promise<boolean> {
  for (let wait = 200; ; wait = Math.min(wait * 1.5, 2_000)) {
    const answer = await request(outcomes, 'POST', '/api/v1/outcomes', call);
    if (answer.status !== 404) {
      expectStatus(answer, [200, 201], what, alreadyDone);
      return true;
    }
    if (Date.now() + wait > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
