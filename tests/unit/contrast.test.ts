import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  accentPalette,
  accentStyleSheet,
  backgroundsOf,
  checkAccent,
  contrastRatio,
  formatRatio,
  nearestPassingShade,
  PAGE_COLOURS,
  parseHex,
  TEXT_CONTRAST,
  worstContrast,
} from '../../src/lib/settings/contrast.ts';

describe('WCAG 2 contrast', () => {
  it('reads hex colours, short and long, and nothing else', () => {
    expect(parseHex('#15c')).toEqual({ r: 0x11, g: 0x55, b: 0xcc });
    expect(parseHex('#1D4ED8')).toEqual({ r: 0x1d, g: 0x4e, b: 0xd8 });
    expect(parseHex('blue')).toBeUndefined();
    expect(parseHex('#12345')).toBeUndefined();
  });

  it('gives the ratios WCAG defines: 21:1 for black on white, 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // Known values: #767676 is the lightest grey that passes 4.5:1 on white, #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2); // the value WebAIM's checker gives
  });

  it('rounds a ratio down, so a shown 4.5:1 never hides a 4.49', () => {
    expect(formatRatio(4.4999)).toBe('4.4:1');
    expect(formatRatio(2.16)).toBe('2.1:1');
  });

  it("passes the site's own accent colours in both schemes", () => {
    expect(checkAccent('#0b5cad')).toBeUndefined();
    expect(worstContrast('#8cc2ff', backgroundsOf('dark')).ratio).toBeGreaterThanOrEqual(TEXT_CONTRAST);
  });

  it('reports a light accent with its ratio, the colour it fails against, and the nearest darker shade that passes', () => {
    const problem = checkAccent('#66aaff')!;
    expect(problem.against).toBe(PAGE_COLOURS.light.surface);
    expect(problem.ratio).toBeLessThan(3);
    const suggestion = problem.suggestion!;
    expect(worstContrast(suggestion, backgroundsOf('light')).ratio).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    // Same hue: blue stays blue, and it is darker than the colour given.
    const [given, shade] = [parseHex('#66aaff')!, parseHex(suggestion)!];
    expect(shade.b).toBeGreaterThan(shade.r);
    expect(shade.r + shade.g + shade.b).toBeLessThan(given.r + given.g + given.b);
    // Nearest: one step lighter than the suggestion no longer passes.
    expect(nearestPassingShade('#66aaff', backgroundsOf('light'), TEXT_CONTRAST, 'darker')).toBe(suggestion);
  });

  it('returns the colour itself when it already passes, and nothing when no shade that way can', () => {
    expect(nearestPassingShade('#0b5cad', backgroundsOf('light'), TEXT_CONTRAST, 'darker')).toBe('#0b5cad');
    expect(nearestPassingShade('#333333', ['#000000'], TEXT_CONTRAST, 'darker')).toBeUndefined();
  });

  it('derives the dark scheme accent: the nearest lighter shade of the same hue that passes on the dark page', () => {
    const { light, dark } = accentPalette('#7A1FA2');
    expect(light).toBe('#7a1fa2');
    expect(worstContrast(dark, backgroundsOf('dark')).ratio).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    const rgb = parseHex(dark)!;
    expect(rgb.b).toBeGreaterThan(rgb.g); // still purple
    // An accent that already passes on the dark page is kept there too.
    expect(accentPalette('#8cc2ff').dark).toBe('#8cc2ff');
    expect(accentPalette('#0b5cad').light).toBe('#0b5cad');
  });

  it('writes a style sheet for the screen only, in both schemes (print keeps its black)', () => {
    const css = accentStyleSheet('#7a1fa2');
    expect(css).toContain('@media screen { :root:root { --accent: #7a1fa2; } }');
    expect(css).toMatch(/@media screen and \(prefers-color-scheme: dark\) \{ :root:root \{ --accent: #[0-9a-f]{6}; \} \}/);
  });

  it('checks against the colours global.css really uses', async () => {
    const css = await readFile(resolve(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
    const [light, dark] = [/:root \{([^}]*)\}/.exec(css)![1]!, /prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/.exec(css)![1]!];
    const value = (block: string, name: string) => new RegExp(`--${name}: (#[0-9a-f]{6});`).exec(block)?.[1];
    for (const [scheme, block] of [['light', light], ['dark', dark]] as const) {
      expect(value(block, 'bg'), scheme).toBe(PAGE_COLOURS[scheme].bg);
      expect(value(block, 'surface'), scheme).toBe(PAGE_COLOURS[scheme].surface);
      expect(value(block, 'accent-fg'), scheme).toBe(PAGE_COLOURS[scheme].accentFg);
    }
  });
});
