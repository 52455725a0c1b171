import { defineConfig } from 'vitest/config';

/** The bounded soak: the real server process under load on loopback. */
export default defineConfig({
  test: {
    include: ['src/**/*.stress.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One server under load at a time: each file measures its own server's memory.
    fileParallelism: false,
  },
});
