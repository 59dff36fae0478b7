/**
 * What the outcome events share: the status a client was in, as categories. No employer, no
 * institution name, no business ID (a sole trader's ID names the person in the trade
 * register), no free text: only codes and dates.
 */
export const OUTCOME_STATUSES_V1 = ['employed', 'self-employed', 'studying', 'in-training', 'job-searching', 'inactive', 'other'] as const;
export const WORKING_TIMES_V1 = ['full-time', 'part-time'] as const;
export const CONTRACT_TYPES_V1 = ['permanent', 'fixed-term'] as const;
export const INSTITUTION_TYPES_V1 = ['upper-secondary', 'vocational', 'university-of-applied-sciences', 'university', 'other'] as const;
export const OUTCOME_SOURCES_V1 = ['client', 'register', 'employer'] as const;
export const QUALIFICATION_KINDS_V1 = ['licence', 'qualification', 'partial-qualification', 'other'] as const;

/** The status with its details; which details are present depends on `status`. */
export interface OutcomeStatusFieldsV1 {
  status: (typeof OUTCOME_STATUSES_V1)[number];
  workingTime?: (typeof WORKING_TIMES_V1)[number];
  contract?: (typeof CONTRACT_TYPES_V1)[number];
  startDate?: string;
  institutionType?: (typeof INSTITUTION_TYPES_V1)[number];
  iscedLevel?: number;
  source: (typeof OUTCOME_SOURCES_V1)[number];
  gainedQualification?: { kind: (typeof QUALIFICATION_KINDS_V1)[number]; code: string };
}

export const outcomesReportingSchemaId = (type: string, version: number) => `https://career.ely.fi/schemas/outcomes-reporting/${type}.v${version}.json`;

export const outcomeEnvelopeProperties = {
  clientId: { type: 'string', format: 'uuid', description: 'The client: a random UUID, never a personal identifier; also the Kafka message key.' },
  organisation: { type: 'string', minLength: 1, description: 'Code of the organisation that owns the record.' },
  processId: {
    type: 'string',
    format: 'uuid',
    description: 'The guidance process the outcome belongs to (one per client and process number; the same id scheduling uses).',
  },
  correction: {
    type: 'boolean',
    description: 'True when this record replaces an earlier one of the same process (the latest record holds; the earlier one stays in the log).',
  },
  recordedAt: { type: 'string', format: 'date-time', description: 'When the record was made (ISO 8601).' },
} as const;

export const outcomeStatusProperties = {
  status: {
    type: 'string',
    enum: [...OUTCOME_STATUSES_V1],
    description:
      'What the client is doing: employed (incl. part-time and fixed-term), self-employed (incl. a business started), studying (a study place), in-training (non-degree training), job-searching, inactive, other.',
  },
  workingTime: { type: 'string', enum: [...WORKING_TIMES_V1], nullable: true, description: 'Employed only: full-time or part-time.' },
  contract: { type: 'string', enum: [...CONTRACT_TYPES_V1], nullable: true, description: 'Employed only: permanent or fixed-term.' },
  startDate: {
    type: 'string',
    format: 'date',
    nullable: true,
    description: 'Employed, self-employed or studying: the day the job, business or studies began (Europe/Helsinki), when known.',
  },
  institutionType: { type: 'string', enum: [...INSTITUTION_TYPES_V1], nullable: true, description: 'Studying only: the kind of educational institution.' },
  iscedLevel: { type: 'integer', minimum: 0, maximum: 8, nullable: true, description: 'Studying only: ISCED 2011 level (0-8) of the studies.' },
  source: { type: 'string', enum: [...OUTCOME_SOURCES_V1], description: 'Where the information came from: the client, a register, or the employer.' },
  gainedQualification: {
    type: 'object',
    nullable: true,
    additionalProperties: false,
    required: ['kind', 'code'],
    description: 'A qualification, licence or permit gained, by catalogue code.',
    properties: {
      kind: { type: 'string', enum: [...QUALIFICATION_KINDS_V1], description: 'Licence or permit, qualification, partial qualification, or other.' },
      code: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$', description: 'Catalogue code, e.g. `forklift-licence`.' },
    },
  },
} as const;
