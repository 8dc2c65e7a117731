import { defineConfig } from 'vitest/config';
import { scenariosPlugin } from './src/scenario/vite-plugin.ts';
import { phaserBuild } from './src/game/phaser-build.ts';

export default defineConfig({
  root: import.meta.dirname,
  publicDir: 'assets',
  base: './',
  plugins: [scenariosPlugin(`${import.meta.dirname}/scenarios`), phaserBuild(import.meta.dirname)],
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { main: `${import.meta.dirname}/index.html`, teacher: `${import.meta.dirname}/teacher.html` },
      output: { manualChunks: (id) => (id.includes('node_modules/phaser') ? 'phaser' : undefined) },
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
