// One Jest run, three projects selected by file suffix (docs/architecture.md, Tests):
// *.unit.spec.ts (no I/O), *.int.spec.ts (real infrastructure), *.e2e.spec.ts (running services).
const { readFileSync } = require('node:fs');
const { compilerOptions } = require('./tsconfig.base.json');

const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcrc.$schema;

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias}$`,
    `<rootDir>/${target}`,
  ]),
);

// Integration and end-to-end files each get Kafka topics of their own (see the file).
const TOPIC_NAMESPACE_SETUP = '<rootDir>/libs/testing/src/jest-setup/topic-namespace.js';

// Each project's default test timeout (see the file: Jest has no per-project testTimeout).
const PROJECT_TIMEOUT_SETUP = '<rootDir>/libs/testing/src/jest-setup/project-timeout.js';
const timeout = (ms) => ({ globals: { projectTestTimeoutMs: ms }, setupFilesAfterEnv: [PROJECT_TIMEOUT_SETUP] });

const project = (displayName, suffix, extra = {}) => ({
  displayName,
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: [`<rootDir>/{services,libs,bench,examples,e2e,tools,faults}/**/*.${suffix}.spec.ts`],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }],
    // jose 6 ships only ES modules; Jest's CommonJS runtime needs them transformed.
    '/node_modules/jose/.+\\.js$': ['@swc/jest', { ...swcrc, swcrc: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleNameMapper,
  setupFiles: ['reflect-metadata'],
  ...extra,
});

module.exports = {
  projects: [
    // Generous timeouts: the same suite runs on a busy 2-core machine (a PDF render can take seconds there).
    project('unit', 'unit', timeout(20_000)),
    project('int', 'int', { ...timeout(60_000), slowTestThreshold: 30, setupFiles: ['reflect-metadata', TOPIC_NAMESPACE_SETUP] }),
    project('e2e', 'e2e', { slowTestThreshold: 60, setupFiles: ['reflect-metadata', TOPIC_NAMESPACE_SETUP] }),
  ],
};
