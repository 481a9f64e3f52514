/**
 * What the service worker keeps for offline reading, and under which names. Shared by the build
 * (which writes one manifest per locale) and the service worker (which caches a reader's locale and
 * serves from it), so both agree on every path and cache name.
 *
 * A locale's manifest lists its pages, its Pagefind index (metadata, chunks, fragments, filters and
 * its WebAssembly) and the files every locale shares (styles, scripts, Pagefind's loader, the root
 * page, the favicon), each with a revision: a hash of its content. Keys are paths relative to the
 * site's base, as they are requested: a page's `index.html` is its folder (`en/playbooks/x/`).
 */

/** Where the build writes the worker and the manifests, relative to the base. */
export const SERVICE_WORKER_PATH = 'sw.js';
export const MANIFEST_DIR = 'offline';
export const manifestPath = (locale: string) => `${MANIFEST_DIR}/${locale}.json`;

/** Path relative to the base -> revision. */
export type OfflineFiles = Record<string, string>;

export interface OfflineManifest {
  /** The deployment: the same string the service worker was built with. */
  version: string;
  locale: string;
  files: OfflineFiles;
}

/** The path a file is requested at: `index.html` is its folder, so `en/index.html` is `en/`. */
export function requestPath(file: string): string {
  if (file === 'index.html') return '';
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/**
 * Which offline set a built file belongs to: `'shared'` (every locale needs it), a locale, or
 * `undefined` (not cached: the worker and manifests themselves, and Pagefind's unused extras such as
 * its UI bundles, its web worker, which search turns off, and the index of a language the site has not).
 */
export function offlineSet(file: string, locales: readonly string[]): string | undefined {
  const [first, ...rest] = file.split('/');
  if (file === SERVICE_WORKER_PATH || first === MANIFEST_DIR) return undefined;
  if (locales.includes(first) && rest.length) return first;
  if (first !== 'pagefind') return 'shared';
  const name = rest.join('/');
  if (name === 'pagefind.js' || name === 'pagefind-entry.json') return 'shared';
  const language =
    /^wasm\.([a-z-]+)\.pagefind$/.exec(name)?.[1] ??
    /^pagefind\.([a-z-]+)_[0-9a-f]+\.pf_meta$/.exec(name)?.[1] ??
    /^(?:index|fragment|filter)\/([a-z-]+)_[0-9a-f]+\.pf_(?:index|fragment|filter)$/.exec(name)?.[1];
  return language && locales.includes(language) ? language : undefined;
}

/** One manifest per locale from the built files (paths relative to the output folder, `/`-separated). */
export function buildManifests(files: readonly { path: string; revision: string }[], locales: readonly string[], version: string): Record<string, OfflineManifest> {
  const shared: OfflineFiles = {};
  const own: Record<string, OfflineFiles> = Object.fromEntries(locales.map((locale) => [locale, {}]));
  for (const { path, revision } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const set = offlineSet(path, locales);
    if (set === 'shared') shared[requestPath(path)] = revision;
    else if (set) own[set][requestPath(path)] = revision;
  }
  return Object.fromEntries(locales.map((locale) => [locale, { version, locale, files: { ...shared, ...own[locale] } }]));
}

/**
 * What a new deployment changes in a locale's cache: files whose revision is unchanged are copied
 * from the previous cache, the others are downloaded; files no longer listed are left behind.
 */
export function planUpdate(previous: OfflineFiles | undefined, next: OfflineFiles): { copy: string[]; download: string[] } {
  const copy: string[] = [];
  const download: string[] = [];
  for (const [path, revision] of Object.entries(next)) (previous?.[path] === revision ? copy : download).push(path);
  return { copy, download };
}

/**
 * The key a request is cached under, relative to the worker's scope (its base path): query and
 * fragment dropped (a tree step's `?triage=…`, Pagefind's `?ts=…`), `index.html` as its folder.
 * `undefined` outside the scope.
 */
export function cacheKey(pathname: string, scopePath: string): string | undefined {
  if (!pathname.startsWith(scopePath)) return undefined;
  const relative = pathname.slice(scopePath.length);
  try {
    return requestPath(decodeURIComponent(relative));
  } catch {
    return requestPath(relative); // a stray `%`: no file has that name, so the lookup just misses
  }
}

/** Cache names carry the scope, so two handbooks on one host never share or delete each other's. */
const PREFIX = 'crisis-playbook';

export function cacheName(scopePath: string, version: string, locale: string): string {
  return `${PREFIX} ${scopePath} ${version} ${locale}`;
}

export function parseCacheName(name: string): { scopePath: string; version: string; locale: string } | undefined {
  const parts = name.split(' ');
  if (parts.length !== 4 || parts[0] !== PREFIX) return undefined;
  return { scopePath: parts[1], version: parts[2], locale: parts[3] };
}
