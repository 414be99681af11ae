/** @type {import('jest').Config} */
// The long property run (`npm run fuzz`): only tests/properties, with many cases (FUZZ_RUNS; replay a failure
// with FUZZ_SEED and FUZZ_PATH as fast-check prints them). A property runs as one test, so the timeout is
// the whole run's, not a test's.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/properties'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 6 * 60 * 60 * 1000,
};
