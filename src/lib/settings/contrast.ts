/**
 * WCAG 2 contrast for the settings' accent colour (`site.accent`). The accent colours links, the
 * header's buttons and the filled buttons whose text is `--accent-fg`, on the page and surface
 * colours of src/styles/global.css, so it must reach 4.5:1 (normal-size text) against each of them.
 *
 * One colour cannot pass on both a white and a near-black page (a colour 4.5:1 from white is too dark
 * for 4.5:1 from #14161b), so the accent a handbook gives is its light scheme's, and the dark scheme
 * takes the nearest lighter shade of the same hue that passes there (`accentPalette`).
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The colours the accent meets in each scheme: keep in step with the custom properties in src/styles/global.css. */
export const PAGE_COLOURS = {
  light: { bg: '#ffffff', surface: '#f3f5f8', accentFg: '#ffffff' },
  dark: { bg: '#14161b', surface: '#1f232a', accentFg: '#0c1420' },
} as const;

export type Scheme = keyof typeof PAGE_COLOURS;

/** WCAG 2's minimum for normal-size text (links and button labels are normal-size here). */
export const TEXT_CONTRAST = 4.5;

/** `#1d4ed8` or `#15c` -> { r, g, b } in 0–255; undefined for anything else. */
export function parseHex(hex: string): Rgb | undefined {
  const match = /^#(?:([0-9a-f]{3})|([0-9a-f]{6}))$/i.exec(hex.trim());
  if (!match) return undefined;
  const digits = match[1] ? [...match[1]].map((digit) => digit + digit).join('') : match[2]!;
  return { r: parseInt(digits.slice(0, 2), 16), g: parseInt(digits.slice(2, 4), 16), b: parseInt(digits.slice(4, 6), 16) };
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((value) => Math.round(Math.min(255, Math.max(0, value))).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2 relative luminance (sRGB). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const [la, lb] = [a, b].map((colour) => relativeLuminance(typeof colour === 'string' ? parseHex(colour)! : colour));
  return (Math.max(la!, lb!) + 0.05) / (Math.min(la!, lb!) + 0.05);
}

/** A ratio as people read it: 3.21:1 is "3.2:1" (rounded down, so a shown 4.5:1 never hides a 4.49). */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 10) / 10}:1`;
}

interface Hsl {
  h: number;
  s: number;
  l: number;
}

function toHsl({ r, g, b }: Rgb): Hsl {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rn ? (gn - bn) / d + (gn < bn ? 6 : 0) : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  return { h: h / 6, s, l };
}

function fromHsl({ h, s, l }: Hsl): Rgb {
  if (s === 0) return { r: l * 255, g: l * 255, b: l * 255 };
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const hue = (t: number) => {
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  return { r: hue(h + 1 / 3) * 255, g: hue(h) * 255, b: hue(h - 1 / 3) * 255 };
}

/** The lowest contrast of `colour` against any of `against`. */
export function worstContrast(colour: string, against: readonly string[]): { ratio: number; against: string } {
  return against.map((other) => ({ ratio: contrastRatio(colour, other), against: other })).reduce((worst, next) => (next.ratio < worst.ratio ? next : worst));
}

/**
 * The shade of `colour`'s hue and saturation, darker or lighter (HSL lightness only), nearest to it
 * that reaches `minimum` against every colour of `against`; undefined when none does that way.
 */
export function nearestPassingShade(colour: string, against: readonly string[], minimum: number, direction: 'darker' | 'lighter'): string | undefined {
  const rgb = parseHex(colour);
  if (!rgb) return undefined;
  const passes = (hex: string) => worstContrast(hex, against).ratio >= minimum;
  if (passes(toHex(rgb))) return toHex(rgb);
  const hsl = toHsl(rgb);
  // Lightness steps of 1/1000 and hex rounding: walk outwards from the colour, the first shade that passes is the nearest.
  for (let step = 1; step <= 1000; step++) {
    const l = direction === 'darker' ? hsl.l - step / 1000 : hsl.l + step / 1000;
    if (l < 0 || l > 1) break;
    const hex = toHex(fromHsl({ ...hsl, l }));
    if (passes(hex)) return hex;
  }
  return undefined;
}

/** What the accent is checked against in each scheme: the page, the header's surface, and the text of filled buttons. */
export function backgroundsOf(scheme: Scheme): string[] {
  const colours = PAGE_COLOURS[scheme];
  return [colours.bg, colours.surface, colours.accentFg];
}

export interface AccentProblem {
  scheme: Scheme;
  ratio: number;
  /** The colour it was checked against that gives the lowest ratio. */
  against: string;
  /** The nearest shade of the same hue that passes everywhere in that scheme, when one exists. */
  suggestion: string | undefined;
}

/**
 * The light scheme's accent as given, checked against white, the surface and the buttons' white text.
 * Undefined when it passes.
 */
export function checkAccent(accent: string): AccentProblem | undefined {
  const against = backgroundsOf('light');
  const worst = worstContrast(accent, against);
  if (worst.ratio >= TEXT_CONTRAST) return undefined;
  return { scheme: 'light', ...worst, suggestion: nearestPassingShade(accent, against, TEXT_CONTRAST, 'darker') };
}

/**
 * The accent in each scheme: the light one as given; the dark one the nearest lighter shade of its
 * hue that passes on the dark page (the colour itself when it already does).
 */
export function accentPalette(accent: string): { light: string; dark: string } {
  const light = toHex(parseHex(accent)!);
  const dark = nearestPassingShade(light, backgroundsOf('dark'), TEXT_CONTRAST, 'lighter') ?? '#ffffff';
  return { light, dark };
}

/**
 * The style sheet that sets the accent in both schemes, on screen only (print keeps its black).
 * `:root:root` outranks global.css's `:root`, whatever order the bundler puts the sheets in.
 */
export function accentStyleSheet(accent: string): string {
  const { light, dark } = accentPalette(accent);
  return [
    '/* The accent colour from handbook.config.yaml (site.accent); the dark scheme\'s is the nearest lighter shade that passes WCAG AA. */',
    `@media screen { :root:root { --accent: ${light}; } }`,
    `@media screen and (prefers-color-scheme: dark) { :root:root { --accent: ${dark}; } }`,
    '',
  ].join('\n');
}
