/**
 * The settings' look in the built site, without an inline style or script (the site runs under a
 * strict Content-Security-Policy): the accent colour's rules are appended to src/styles/global.css as
 * Vite reads it, so they ship in the site's one CSS file (and a site without an accent gets exactly
 * the file it had); the logo is published under a name that carries its content hash
 * (src/lib/settings/logo.ts), written after the build and served by the dev server.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import type { Settings } from '../lib/model.ts';
import { accentStyleSheet } from '../lib/settings/contrast.ts';
import { LOGO_TYPES, logoPublicPath } from '../lib/settings/logo.ts';
import { withBase } from '../lib/i18n/urls.ts';

const GLOBAL_CSS = /[\\/]src[\\/]styles[\\/]global\.css$/;

/** The accent's rules after global.css's own (none without `site.accent`), and the logo in dev. */
export function lookPlugin(settings: () => Settings | undefined, base: string): Plugin {
  return {
    name: 'crisis-playbook:look',
    // Before Vite's CSS plugin, so the rules are minified and bundled like the file's own.
    enforce: 'pre',
    transform(code, id) {
      const accent = settings()?.site.accent;
      if (!accent || !GLOBAL_CSS.test(id.split('?')[0]!)) return undefined;
      return { code: `${code}\n${accentStyleSheet(accent)}`, map: null };
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const logo = settings()?.logo;
        if (!logo || request.url?.split('?')[0] !== withBase(logoPublicPath(logo), base)) return next();
        response.setHeader('Content-Type', LOGO_TYPES[logo.extension]);
        response.end(logo.bytes);
      });
    },
  };
}

/** Writes the logo into the built site, where the pages link it. */
export async function writeLogo(outDir: string, settings: Settings | undefined): Promise<void> {
  if (!settings?.logo) return;
  const target = join(outDir, logoPublicPath(settings.logo));
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, settings.logo.bytes);
}
