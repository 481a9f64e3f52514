// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import crisisPlaybook from './src/integration/index.ts';
import { handbookRoot } from './src/integration/handbook-root.ts';

// HANDBOOK_ROOT builds another handbook (a team's own, or a test fixture) with this generator;
// OUT_DIR sends its site elsewhere. SITE_URL makes canonical and hreflang URLs absolute.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Pages render a few at a time, so writing one page overlaps rendering the next.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  // Astro writes a JSON Schema per content collection to .astro/collections/, which the Astro VS Code
  // extension uses to complete and check the front matter of templates and playbooks (README: Editor support).
  experimental: { contentIntellisense: true },
  // No inline scripts, however small: the site must run under a strict Content-Security-Policy.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        output: {
          // Every playbook's MDX in one chunk rather than one file each: the build then loads one
          // module instead of hundreds (about 0.5 ms saved per playbook on a 600-playbook site).
          manualChunks: (id) => (/\/playbooks\/[a-z]{2}\/[^/]+\.mdx(\?|$)/.test(id) ? 'playbooks' : undefined),
        },
        // MDX pages carry Astro's own "use astro:head-inject" directive; the bundler's note about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  integrations: [mdx(), crisisPlaybook({ root: handbookRoot() })],
});
