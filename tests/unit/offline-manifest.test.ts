import { describe, expect, it } from 'vitest';
import { buildManifests, cacheKey, cacheName, offlineSet, parseCacheName, planUpdate, requestPath } from '../../src/lib/offline/manifest.ts';

const LOCALES = ['en', 'pl', 'fi'];

describe('what each locale keeps offline', () => {
  it.each([
    ['en/index.html', 'en'],
    ['en/playbooks/own-mistake/index.html', 'en'],
    ['pl/print/viral-post/index.html', 'pl'],
    ['index.html', 'shared'],
    ['404.html', 'shared'],
    ['favicon.svg', 'shared'],
    ['_astro/Base.abc.js', 'shared'],
    ['_astro/strings.abc.css', 'shared'],
    ['pagefind/pagefind.js', 'shared'],
    ['pagefind/pagefind-entry.json', 'shared'],
    ['pagefind/wasm.en.pagefind', 'en'],
    ['pagefind/pagefind.fi_4236efd1a7.pf_meta', 'fi'],
    ['pagefind/index/pl_919a8b1.pf_index', 'pl'],
    ['pagefind/fragment/en_62affd9.pf_fragment', 'en'],
    ['pagefind/filter/fi_2a8cf17.pf_filter', 'fi'],
    ['pagefind/wasm.unknown.pagefind', undefined],
    ['pagefind/wasm.hu.pagefind', undefined],
    ['pagefind/fragment/hu_62affd9.pf_fragment', undefined],
    ['pagefind/pagefind-worker.js', undefined],
    ['pagefind/pagefind-ui.js', undefined],
    ['pagefind/pagefind-component-ui.css', undefined],
    ['sw.js', undefined],
    ['offline/en.json', undefined],
  ])('%s -> %s', (file, set) => {
    expect(offlineSet(file, LOCALES)).toBe(set);
  });

  it('lists, per locale, its own files and the shared ones, pages under their folder URL', () => {
    const manifests = buildManifests(
      [
        { path: 'en/index.html', revision: 'a1' },
        { path: 'en/rules/x/index.html', revision: 'a2' },
        { path: 'pl/index.html', revision: 'b1' },
        { path: 'index.html', revision: 'r' },
        { path: '_astro/app.js', revision: 'j' },
        { path: 'pagefind/wasm.pl.pagefind', revision: 'w' },
        { path: 'pagefind/pagefind-worker.js', revision: 'x' },
      ],
      LOCALES,
      'v1',
    );
    expect(manifests.en).toEqual({ version: 'v1', locale: 'en', files: { '': 'r', '_astro/app.js': 'j', 'en/': 'a1', 'en/rules/x/': 'a2' } });
    expect(manifests.pl.files).toEqual({ '': 'r', '_astro/app.js': 'j', 'pl/': 'b1', 'pagefind/wasm.pl.pagefind': 'w' });
    expect(manifests.fi.files).toEqual({ '': 'r', '_astro/app.js': 'j' });
  });

  it('a new deployment downloads only what changed', () => {
    expect(planUpdate({ 'en/': 'a', '_astro/old.js': 'o', 'en/x/': 'b' }, { 'en/': 'a', 'en/x/': 'c', '_astro/new.js': 'n' })).toEqual({ copy: ['en/'], download: ['en/x/', '_astro/new.js'] });
    expect(planUpdate(undefined, { 'en/': 'a' })).toEqual({ copy: [], download: ['en/'] });
  });
});

describe('requests and caches', () => {
  it('a request is looked up without its query or fragment, index.html as its folder', () => {
    expect(requestPath('en/playbooks/x/index.html')).toBe('en/playbooks/x/');
    expect(requestPath('index.html')).toBe('');
    expect(cacheKey('/handbook/en/trees/triage/', '/handbook/')).toBe('en/trees/triage/');
    expect(cacheKey('/handbook/en/index.html', '/handbook/')).toBe('en/');
    expect(cacheKey('/handbook/', '/handbook/')).toBe('');
    expect(cacheKey('/other/en/', '/handbook/')).toBeUndefined();
    expect(cacheKey('/en/caf%C3%A9/', '/')).toBe('en/café/');
    expect(cacheKey('/en/100%/', '/')).toBe('en/100%/');
  });

  it('names caches by scope, version and locale, and reads the names back (others are not ours)', () => {
    const name = cacheName('/handbook/', 'abc123', 'fi');
    expect(parseCacheName(name)).toEqual({ scopePath: '/handbook/', version: 'abc123', locale: 'fi' });
    expect(parseCacheName('workbox-precache-v2')).toBeUndefined();
  });
});
