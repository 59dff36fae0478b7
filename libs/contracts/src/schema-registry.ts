import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { JsonSchema, PublishedSchema } from './published-schema';
import { CLIENT_INTAKE_SCHEMAS } from './client-intake';
import { DOCUMENT_GENERATION_SCHEMAS } from './document-generation';
import { OUTCOMES_REPORTING_SCHEMAS } from './outcomes-reporting';
import { SCHEDULING_SCHEMAS } from './scheduling';
import { SKILLS_ASSESSMENT_SCHEMAS } from './skills-assessment';
import type { Producer } from './integration-events';

export type { JsonSchema, PublishedSchema } from './published-schema';

/** What each service publishes on its topic. */
export const SCHEMAS_BY_PRODUCER: Readonly<Record<Producer, readonly PublishedSchema[]>> = {
  'client-intake': CLIENT_INTAKE_SCHEMAS,
  scheduling: SCHEDULING_SCHEMAS,
  'skills-assessment': SKILLS_ASSESSMENT_SCHEMAS,
  'document-generation': DOCUMENT_GENERATION_SCHEMAS,
  'outcomes-reporting': OUTCOMES_REPORTING_SCHEMAS,
};

/** Every published integration event's JSON Schema, by `<Type>.v<version>`. */
const ALL_SCHEMAS: readonly PublishedSchema[] = Object.values(SCHEMAS_BY_PRODUCER).flat();
const schemas = new Map<string, JsonSchema>(ALL_SCHEMAS.map(({ type, version, schema }) => [keyOf(type, version), schema]));

function keyOf(type: string, version: number): string {
  return `${type}.v${version}`;
}

export function schemaFor(type: string, version: number): JsonSchema | undefined {
  return schemas.get(keyOf(type, version));
}

/** All registered schemas, e.g. for generating the AsyncAPI document. */
export function registeredSchemas(): { type: string; version: number; schema: JsonSchema }[] {
  return [...schemas.entries()].map(([key, schema]) => {
    const [type, v] = key.split('.v');
    return { type, version: Number(v), schema };
  });
}

export interface ValidationResult {
  valid: boolean;
  /**
   * `<path> <problem>` lines. They name fields, never values, so they are safe to log and to
   * put in a dead-letter header.
   */
  errors: string[];
}

// Compiled lazily and once: compiling is the expensive part of ajv.
let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

function validatorFor(type: string, version: number): ValidateFunction | undefined {
  const key = keyOf(type, version);
  const cached = validators.get(key);
  if (cached) return cached;
  const schema = schemas.get(key);
  if (!schema) return undefined;
  ajv ??= addFormats(new Ajv2020({ allErrors: true, strict: true }));
  const validate = ajv.compile(schema);
  validators.set(key, validate);
  return validate;
}

/** Validates an integration event's `data`; an unknown type/version is invalid. */
export function validateIntegrationEvent(type: string, version: number, data: unknown): ValidationResult {
  const validate = validatorFor(type, version);
  if (!validate) return { valid: false, errors: [`no schema registered for ${keyOf(type, version)}`] };
  if (validate(data)) return { valid: true, errors: [] };
  return {
    valid: false,
    errors: (validate.errors ?? []).map((e) => {
      // additionalProperties/required name the field in params; the message alone does not.
      const field =
        'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` :
        'missingProperty' in e.params ? ` (${String(e.params.missingProperty)})` : '';
      return `${e.instancePath || '/'} ${e.message ?? e.keyword}${field}`;
    }),
  };
}
