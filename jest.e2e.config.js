/** @type {import('jest').Config} */
// Browser tests (`npm run test:e2e`): they build pages with webpack and drive Debian's chromium, so they are
// slow and need /usr/bin/chromium; `npm test` leaves them out.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 300000,
  // One browser and one webpack at a time: the builds share dist/.
  maxWorkers: 1,
};
