/**
 * The skeleton's texts per language, and stand-ins for a language the generator has none for: the
 * default locale's texts (or English), each marked `TODO(<locale>):` so that the checks flag every one
 * until the team has written it in its language (src/lib/todo/markers.ts).
 */
import { en } from './en.ts';
import { es } from './es.ts';
import { fi } from './fi.ts';
import { hu } from './hu.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import type { SkeletonTexts } from './types.ts';

export type { SkeletonTexts } from './types.ts';

export const SKELETON_TEXTS: Readonly<Record<string, SkeletonTexts>> = { en, pl, hu, ro, es, fi };

export function hasSkeletonTexts(locale: string): boolean {
  return Object.hasOwn(SKELETON_TEXTS, locale);
}

/** Every text of `texts` with a TODO marker in front; regular expressions stay as they are. */
function marked(value: unknown, marker: string, key = ''): unknown {
  if (typeof value === 'string') return `${marker} ${value}`;
  if (Array.isArray(value)) return key === 'patterns' ? value : value.map((item) => marked(item, marker));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, marked(item, marker, name)]));
  }
  return value;
}

/**
 * The texts to write for `locale`: its own, or the fallback locale's (English where that has none
 * either) marked `TODO(<locale>):`, with `translated: false`.
 */
export function skeletonTextsFor(locale: string, fallbackLocale: string): { texts: SkeletonTexts; translated: boolean } {
  if (hasSkeletonTexts(locale)) return { texts: SKELETON_TEXTS[locale]!, translated: true };
  const source = hasSkeletonTexts(fallbackLocale) ? SKELETON_TEXTS[fallbackLocale]! : en;
  return { texts: marked(source, `TODO(${locale}):`) as SkeletonTexts, translated: false };
}
