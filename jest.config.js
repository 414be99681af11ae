/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  // Browser tests need Chromium and LibreOffice: they run with `npm run test:e2e`, not `npm test`.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 60000,
  // Every core: jest's default leaves one idle for itself, which on a two-core machine halves the run while the
  // parent only waits (on a two-core machine: 156 s with two workers; 335 s with one, though under more load).
  maxWorkers: '100%',
};
