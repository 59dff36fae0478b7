import type { JSONSchemaType } from 'ajv';

export type VoluntaryCategoryV1 = 'yes' | 'no' | 'not-told';

/**
 * A participant's Structural Fund entry data as categories (docs/domain.md#structural-fund-reporting): what reporting needs,
 * nothing that identifies a person. Age is whole years at entry; reporting bands it for the
 * programme it reports (ESF 2014-2020: <25, 25-54, >54; ESF+: <18, 18-29, 30-54, 55+).
 */
export interface EntryCategoriesV1 {
  entryDate: string;
  gender: 'woman' | 'man' | 'non-binary' | 'not-told';
  ageAtEntry: number;
  labourMarketStatus?: 'employed' | 'self-employed' | 'unemployed' | 'long-term-unemployed' | 'inactive' | 'in-education';
  unemploymentMonths?: number;
  highestEducationIsced?: number;
  voluntary: {
    disability: VoluntaryCategoryV1;
    foreignBackground: VoluntaryCategoryV1;
    thirdCountryNational: VoluntaryCategoryV1;
    minority: VoluntaryCategoryV1;
    homelessness: VoluntaryCategoryV1;
  };
  entryDataComplete: boolean;
}

const voluntaryAnswer = (question: string) =>
  ({
    type: 'string',
    enum: ['yes', 'no', 'not-told'],
    description: `${question} "not-told" when not asked, declined, withdrawn or destroyed.`,
  }) as const;

export const entryCategoriesV1Schema = {
  type: 'object',
  additionalProperties: false,
  description: 'Structural Fund entry data as categories; re-entry keeps the first entry\'s.',
  required: ['entryDate', 'gender', 'ageAtEntry', 'voluntary', 'entryDataComplete'],
  properties: {
    entryDate: { type: 'string', format: 'date', description: 'Date of (first) entry, Europe/Helsinki.' },
    gender: { type: 'string', enum: ['woman', 'man', 'non-binary', 'not-told'], description: 'Gender as the participant told it.' },
    ageAtEntry: { type: 'integer', minimum: 0, maximum: 130, description: 'Whole years of age on the entry date.' },
    labourMarketStatus: {
      type: 'string',
      enum: ['employed', 'self-employed', 'unemployed', 'long-term-unemployed', 'inactive', 'in-education'],
      nullable: true,
      description: 'Labour-market status at entry.',
    },
    unemploymentMonths: { type: 'integer', minimum: 0, nullable: true, description: 'Continuous unemployment at entry, whole months (unemployed statuses only).' },
    highestEducationIsced: { type: 'integer', minimum: 0, maximum: 8, nullable: true, description: 'Highest completed education, ISCED 2011 level 0-8.' },
    voluntary: {
      type: 'object',
      additionalProperties: false,
      description: 'The voluntary disadvantage questions.',
      required: ['disability', 'foreignBackground', 'thirdCountryNational', 'minority', 'homelessness'],
      properties: {
        disability: voluntaryAnswer('Has a disability.'),
        foreignBackground: voluntaryAnswer('Has a foreign background.'),
        thirdCountryNational: voluntaryAnswer('Is a third-country national.'),
        minority: voluntaryAnswer('Belongs to a minority.'),
        homelessness: voluntaryAnswer('Is homeless or affected by housing exclusion.'),
      },
    },
    entryDataComplete: { type: 'boolean', description: 'Gender, employment status, age and education are all known: the record counts in indicators.' },
  },
} as const satisfies JSONSchemaType<EntryCategoriesV1> & Record<string, unknown>;
