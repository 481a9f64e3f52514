/**
 * The service worker that keeps the handbook readable offline. Bundled by the build into `<base>sw.js`
 * (src/integration/offline.ts), which prefixes it with OFFLINE_BUILD: the deployment's version and
 * the locales. A new deployment changes the version, so the browser installs the new worker.
 *
 * - A page asks it (message `cache-locale`) to keep its locale: every page, style, script and the
 *   locale's search index listed in `<base>offline/<locale>.json`, fetched into one cache per locale
 *   and version. The manifest goes in last, so a cache holding it is complete; an interrupted fill
 *   resumes where it stopped.
 * - Every request in scope is answered from the current version's caches when it is there (so a page
 *   and its assets always come from one deployment), otherwise from the network.
 * - A new version, when installed, builds its caches for the locales already kept (copying unchanged
 *   files from the old cache, downloading the rest), then waits: the page offers "new version — reload",
 *   which sends `skip-waiting`. On activation the old version's caches are deleted.
 * Nothing else is fetched, and nothing leaves the browser.
 */
import { cacheKey, cacheName, manifestPath, parseCacheName, planUpdate, type OfflineManifest } from '../lib/offline/manifest.ts';

declare const OFFLINE_BUILD: { version: string; locales: string[] };

// The DOM library has no service-worker scope types (and the webworker library cannot be loaded
// beside it), so the few used here are declared.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface ServiceWorkerScope {
  readonly registration: ServiceWorkerRegistration;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as ServiceWorkerScope;
const { version: VERSION, locales: LOCALES } = OFFLINE_BUILD;
const scope = worker.registration.scope;
const scopePath = new URL(scope).pathname;
const absolute = (path: string) => new URL(path, scope).href;
const PARALLEL = 6;

async function readManifest(response: Response): Promise<OfflineManifest> {
  const manifest = (await response.json()) as OfflineManifest;
  // The server already has another deployment: this worker's files are gone, its successor takes over.
  if (manifest.version !== VERSION) throw new Error(`the site was updated (${manifest.version})`);
  return manifest;
}

/** Downloads into the cache, a few at a time; any failure fails the whole fill (to be resumed). */
async function download(cache: Cache, paths: string[]) {
  const queue = [...paths];
  const next = async (): Promise<void> => {
    const path = queue.shift();
    if (path === undefined) return;
    // Revalidate: an HTTP cache must not hand back the previous deployment's copy.
    const response = await fetch(absolute(path), { cache: 'no-cache', credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${response.status} ${path}`);
    // A redirected response cannot answer a navigation; keep its body and headers only.
    await cache.put(absolute(path), response.redirected ? new Response(await response.blob(), { headers: response.headers }) : response);
    return next();
  };
  await Promise.all(Array.from({ length: PARALLEL }, next));
}

/** Fills this version's cache for a locale, resuming a fill that was interrupted. */
async function keepLocale(locale: string) {
  const cache = await caches.open(cacheName(scopePath, VERSION, locale));
  const manifestUrl = absolute(manifestPath(locale));
  if (await cache.match(manifestUrl)) return;
  const response = await fetch(manifestUrl, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${response.status} ${manifestPath(locale)}`);
  const manifest = await readManifest(response.clone());
  const have = new Set((await cache.keys()).map((request) => request.url));
  await download(cache, Object.keys(manifest.files).filter((path) => !have.has(absolute(path))));
  await cache.put(manifestUrl, response);
}

const filling = new Map<string, Promise<void>>();
function keepLocaleOnce(locale: string): Promise<void> {
  let pending = filling.get(locale);
  if (!pending) {
    pending = keepLocale(locale).finally(() => filling.delete(locale));
    filling.set(locale, pending);
  }
  return pending;
}

/** Our caches of other versions, in this scope. */
async function olderCaches() {
  return (await caches.keys())
    .map((name) => ({ name, parsed: parseCacheName(name) }))
    .filter(({ parsed }) => parsed && parsed.scopePath === scopePath && parsed.version !== VERSION) as { name: string; parsed: NonNullable<ReturnType<typeof parseCacheName>> }[];
}

/** A new version: rebuild every locale the reader kept, reusing the files that did not change. */
async function upgrade() {
  for (const { name, parsed } of await olderCaches()) {
    if (!LOCALES.includes(parsed.locale)) continue;
    const old = await caches.open(name);
    const oldManifest = await old.match(absolute(manifestPath(parsed.locale)));
    if (!oldManifest) continue; // never finished: the page asks again when the locale is read
    const previous = ((await oldManifest.json()) as OfflineManifest).files;
    const response = await fetch(absolute(manifestPath(parsed.locale)), { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${response.status} ${manifestPath(parsed.locale)}`);
    const manifest = await readManifest(response.clone());
    const cache = await caches.open(cacheName(scopePath, VERSION, parsed.locale));
    const { copy, download: changed } = planUpdate(previous, manifest.files);
    for (const path of copy) {
      const kept = await old.match(absolute(path));
      if (kept) await cache.put(absolute(path), kept);
      else changed.push(path);
    }
    await download(cache, changed);
    await cache.put(absolute(manifestPath(parsed.locale)), response);
  }
}

let current: Promise<Cache[]> | undefined;
/** This version's caches (one per locale kept). */
async function currentCaches(): Promise<Cache[]> {
  current ??= caches.keys().then((names) =>
    Promise.all(names.filter((name) => parseCacheName(name)?.scopePath === scopePath && parseCacheName(name)?.version === VERSION).map((name) => caches.open(name))),
  );
  return current;
}

async function respond(event: FetchEvent, key: string): Promise<Response> {
  const url = absolute(key);
  for (const cache of await currentCaches()) {
    const hit = await cache.match(url);
    if (hit) return hit;
  }
  return fetch(event.request);
}

worker.addEventListener('install', (event) => event.waitUntil(upgrade()));

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const { name } of await olderCaches()) await caches.delete(name);
      current = undefined;
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== location.origin) return;
  const key = cacheKey(url.pathname, scopePath);
  if (key === undefined) return;
  event.respondWith(respond(event, key));
});

worker.addEventListener('message', (event) => {
  const message = event.data as { type?: string; locale?: string } | null;
  const reply = (state: string, reason?: string) => event.ports[0]?.postMessage({ state, reason, version: VERSION });
  if (message?.type === 'skip-waiting') {
    event.waitUntil(worker.skipWaiting());
  } else if (message?.type === 'cache-locale' && message.locale && LOCALES.includes(message.locale)) {
    const locale = message.locale;
    event.waitUntil(
      (async () => {
        const cache = await caches.open(cacheName(scopePath, VERSION, locale));
        if (!(await cache.match(absolute(manifestPath(locale))))) reply('saving');
        try {
          await keepLocaleOnce(locale);
          current = undefined; // the list of caches may have grown
          reply('ready');
        } catch (error) {
          reply('failed', error instanceof Error ? error.message : String(error));
        }
      })(),
    );
  }
});
