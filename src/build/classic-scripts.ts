import type { Plugin } from 'vite';

// Pages that work when opened from a folder (file://): browsers fetch module scripts, and anything marked
// `crossorigin`, in CORS mode, which file:// pages cannot pass. So each page is built as one classic script
// (IIFE) loaded with `defer`, and its stylesheets without `crossorigin`. Code that is loaded later (a scenario)
// comes as a classic script too (src/game/scenarios.ts).

export function classicScripts(): Plugin {
  return {
    name: 'classic-scripts',
    apply: 'build',
    // Pages only: a Node build (the engine benchmark's `vite build --ssr`) stays ES modules.
    config: (_config, env) => (env.isSsrBuild ? undefined : { build: { modulePreload: false, cssCodeSplit: false, rollupOptions: { output: { format: 'iife' } } } }),
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          .replace(/<script type="module" crossorigin src=/g, '<script defer src=')
          .replace(/(<link rel="stylesheet") crossorigin/g, '$1'),
    },
  };
}
