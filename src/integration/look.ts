/**
 * The settings' look in the built site, without an inline style or script (the site runs under a
 * strict Content-Security-Policy): the accent colour is a virtual style sheet that Base.astro imports,
 * so Vite bundles it into the site's CSS file; the logo is published under a name that carries its
 * content hash (src/lib/settings/logo.ts), written after the build and served by the dev server.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import type { Settings } from '../lib/model.ts';
import { accentStyleSheet } from '../lib/settings/contrast.ts';
import { LOGO_TYPES, logoPublicPath } from '../lib/settings/logo.ts';
import { withBase } from '../lib/i18n/urls.ts';

export const ACCENT_CSS_ID = 'virtual:handbook/accent.css';
const RESOLVED_ACCENT_CSS_ID = `\0${ACCENT_CSS_ID}`;

/** The accent style sheet (empty without `site.accent`: the default colours stay as they are) and the logo in dev. */
export function lookPlugin(settings: () => Settings | undefined, base: string): Plugin {
  return {
    name: 'crisis-playbook:look',
    resolveId(id) {
      return id === ACCENT_CSS_ID ? RESOLVED_ACCENT_CSS_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ACCENT_CSS_ID) return undefined;
      const accent = settings()?.site.accent;
      return accent ? accentStyleSheet(accent) : '';
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
