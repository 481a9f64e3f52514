/**
 * After the build (and Pagefind): writes what the service worker needs to keep the site readable
 * offline. One manifest per locale (`offline/<locale>.json`: every file a reader of that locale
 * needs, with a hash of its content) and the worker itself (`sw.js`, bundled from
 * src/service-worker/service-worker.ts), stamped with the deployment's version: a hash of every
 * manifest, so any change to the site gives the browser a new worker to install, and an unchanged
 * rebuild does not.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildManifests, manifestPath, MANIFEST_DIR, offlineSet, SERVICE_WORKER_PATH } from '../lib/offline/manifest.ts';

const WORKER_SOURCE = fileURLToPath(new URL('../service-worker/service-worker.ts', import.meta.url));

let bundled: Promise<string> | undefined;

/** The worker's code, bundled once per process (it does not depend on the site). */
function bundleWorker(): Promise<string> {
  bundled ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: WORKER_SOURCE, formats: ['iife'], name: 'crisisPlaybookOffline' },
    },
  }).then((output) => {
    const results = Array.isArray(output) ? output : [output];
    const chunk = results.flatMap((result) => ('output' in result ? result.output : [])).find((item) => item.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('Bundling the service worker produced no script');
    return chunk.code;
  });
  return bundled;
}

const shortHash = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16);

export async function writeOfflineFiles(dir: string, locales: readonly string[]): Promise<{ version: string; files: Record<string, number> }> {
  const paths = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length).replace(/^[\\/]+/, '').split('\\').join('/'))
    .filter((path) => offlineSet(path, locales) !== undefined);
  const files = await Promise.all(paths.map(async (path) => ({ path, revision: shortHash(await readFile(join(dir, path))) })));
  const version = shortHash(files.map((file) => `${file.path} ${file.revision}`).sort().join('\n'));
  const manifests = buildManifests(files, locales, version);
  await mkdir(join(dir, MANIFEST_DIR), { recursive: true });
  for (const locale of locales) await writeFile(join(dir, manifestPath(locale)), JSON.stringify(manifests[locale]));
  const header = `const OFFLINE_BUILD=${JSON.stringify({ version, locales })};\n`;
  await writeFile(join(dir, SERVICE_WORKER_PATH), header + (await bundleWorker()));
  return { version, files: Object.fromEntries(locales.map((locale) => [locale, Object.keys(manifests[locale].files).length])) };
}
