// Jest reads `testTimeout` from the global configuration only, never from a project's: each
// project names its own default in `globals.projectTestTimeoutMs` (jest.config.js) and this file
// applies it. A test file's own jest.setTimeout still wins.
/* global jest */
if (typeof globalThis.projectTestTimeoutMs === 'number') jest.setTimeout(globalThis.projectTestTimeoutMs);
