import { describe, expect, it } from 'vitest';
import { playbookHref, switchLocalePath, templateHref, withBase } from '../../src/lib/i18n/urls.ts';

describe('urls', () => {
  it('builds the stable URLs, with and without a base path', () => {
    expect(playbookHref('pl', 'own-mistake')).toBe('/pl/playbooks/own-mistake/');
    expect(templateHref('fi', 'x', '/handbook/')).toBe('/fi/templates/x/'.replace(/^/, '/handbook'));
    expect(withBase('/en/', '/handbook')).toBe('/handbook/en/');
  });
  it('switches the locale and keeps the rest of the path', () => {
    expect(switchLocalePath('/en/templates/ge-holding-reply/', 'hu')).toBe('/hu/templates/ge-holding-reply/');
    expect(switchLocalePath('/handbook/ro/trees/triage/', 'es', '/handbook/')).toBe('/handbook/es/trees/triage/');
    expect(switchLocalePath('/', 'fi')).toBe('/fi/');
    expect(switchLocalePath('/404.html', 'pl')).toBe('/pl/');
  });
});
