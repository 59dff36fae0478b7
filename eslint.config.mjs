// Lint = code quality + architecture. The module-boundary rule keeps the direction of
// docs/architecture.md#the-rules: services -> libs, libs never -> services, domain never ->
// Nest/infrastructure, a service never -> another service (only shared libs, contracts among them).
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const infrastructurePackages = ['@nestjs/*', 'kafkajs', 'mongoose', 'mongodb', '@eventstore/*', 'node:sqlite', 'express'];

const serviceScopes = ['client-intake', 'scheduling', 'skills-assessment', 'document-generation', 'outcomes-reporting', 'notifications'];

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', '.tools/**', '.nx/**', 'examples/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:infra', 'type:contracts', 'type:testing'] },
            { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:domain', 'type:infra', 'type:contracts'] },
            // End-to-end tests drive the services over HTTP and Kafka: they may use shared libs, never a service's code.
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:domain', 'type:infra', 'type:contracts', 'type:testing'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:domain', 'type:infra', 'type:contracts', 'type:testing'] },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'],
              bannedExternalImports: infrastructurePackages,
            },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'], bannedExternalImports: infrastructurePackages },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            ...serviceScopes.map((scope) => ({
              sourceTag: `scope:${scope}`,
              onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared'],
            })),
          ],
        },
      ],
    },
  },
  {
    // Deciders and everything under a `domain/` folder are pure: no Nest, no infrastructure,
    // no clock (time arrives in the command).
    files: ['**/*.decider.ts', '**/*.events.ts', 'services/*/src/**/domain/**/*.ts', 'libs/event-sourcing/src/**/*.ts', 'libs/calendar/src/**/*.ts', 'libs/municipalities/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: infrastructurePackages, message: 'Deciders and domain types stay pure: no Nest or infrastructure.' },
            { group: ['@career/event-store', '@career/messaging', '@career/projections', '@career/platform', '@career/auth'], message: 'Domain code must not depend on infrastructure libs.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Deciders take `now` from the command, never from the clock.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Deciders take `now` from the command, never from the clock.' },
      ],
    },
  },
  {
    files: ['**/*.spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
