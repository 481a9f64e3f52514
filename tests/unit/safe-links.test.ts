import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences, scriptSchemeFields, scriptSchemeIn, unsafeLinksInText, unsafeScheme, urlScheme } from '../../src/lib/links/safe-links.ts';

describe('unsafeScheme: link targets', () => {
  it('allows relative links, anchors, http, https, mailto and tel, in any case', () => {
    for (const url of ['/en/playbooks/x/', 'other/', '#checklist', '?a=b:c', 'https://example.com', 'HTTP://example.com', 'mailto:help@example.com', 'TEL:+3612345678', 'a/b:c']) {
      expect(unsafeScheme(url), url).toBeUndefined();
    }
  });

  it('refuses script and other schemes however they are spelt', () => {
    const cases: [string, string][] = [
      ['javascript:alert(1)', 'javascript'],
      ['JaVaScRiPt:alert(1)', 'javascript'],
      [' \tjava\nscript:alert(1)', 'javascript'],
      ['java\u0000script:alert(1)', 'javascript'],
      ['jav&#x61;script:alert(1)', 'javascript'],
      ['&#106;avascript&colon;alert(1)', 'javascript'],
      ['java&Tab;script:alert(1)', 'javascript'],
      ['ja\u200Bvascript:alert(1)', 'javascript'],
      ['vbscript:msgbox(1)', 'vbscript'],
      ['data:text/html;base64,PHNjcmlwdD4=', 'data'],
      ['DATA:image/svg+xml,<svg onload=alert(1)>', 'data'],
      ['file:///etc/passwd', 'file'],
      ['ftp://example.com', 'ftp'],
    ];
    for (const [url, scheme] of cases) expect(unsafeScheme(url), url).toBe(scheme);
    expect(urlScheme('HTTPS://x')).toBe('https');
    expect(decodeCharacterReferences('&#x6A;&#97;&colon;&unknown;')).toBe('ja:&unknown;');
  });
});

describe('scriptSchemeIn: plain text', () => {
  it('finds script schemes with spaces, tabs, line breaks and entities inside, and not ordinary colons', () => {
    expect(scriptSchemeIn('Click javascript:alert(1)')).toBe('javascript');
    expect(scriptSchemeIn('see java script: x')).toBe('javascript');
    expect(scriptSchemeIn('VB\nScript:msgbox')).toBe('vbscript');
    expect(scriptSchemeIn('&#106;avascript&#58;x')).toBe('javascript');
    expect(scriptSchemeIn('data:text/html,<script>')).toBe('data');
    expect(scriptSchemeIn('livescript:x')).toBe('livescript');
    for (const text of ['Note: call us', 'Data: 5 cases', 'metadata:text/plain', 'Time: 10:30', 'https://example.com']) expect(scriptSchemeIn(text), text).toBeUndefined();
  });

  it('walks every string of parsed YAML, with its field path', () => {
    expect(scriptSchemeFields({ title: { en: 'ok', pl: 'javascript:x' }, nodes: [{ text: 'fine' }, { text: 'data:text/html,x' }] })).toEqual([
      { path: ['title', 'pl'], scheme: 'javascript' },
      { path: ['nodes', 1, 'text'], scheme: 'data' },
    ]);
  });

  it('finds unsafe Markdown link targets and script schemes in a reply, at their line and column', () => {
    expect(unsafeLinksInText('Hi,\nsee [here](vbscript:x) or [there](https://example.com).\nOr JAVASCRIPT:alert(1)')).toEqual([
      { line: 2, column: 12, scheme: 'vbscript' },
      { line: 3, column: 4, scheme: 'javascript' },
    ]);
  });
});
