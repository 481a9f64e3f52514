import type { UiStrings } from './en.ts';
import { en } from './en.ts';

// TODO(translation): placeholder until translated.
export const ro: UiStrings = { ...en };
