// Test helpers of the shared libs and services (imported as `@career/platform/testing`, never from production code).
export * from './mongo-test-database';
