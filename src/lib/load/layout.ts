/**
 * Where each kind of file lives, relative to the handbook root, and whether a file of a given id
 * was found but could not be loaded.
 */
import type { Diagnostics } from '../diagnostics.ts';
import { LOCALES } from '../i18n/locales.ts';

export const LAYOUT = {
  settings: 'handbook.config.yaml',
  sources: 'content/sources',
  situations: 'content/situations.yaml',
  glossary: 'content/glossary.yaml',
  roles: 'content/roles.yaml',
  severity: 'content/severity.yaml',
  guidelines: 'content/guidelines',
  templates: 'content/templates',
  trees: 'content/trees',
  playbooks: 'playbooks',
} as const;

export type ReferencedKind = 'sources' | 'situations' | 'guidelines' | 'trees' | 'templates' | 'playbooks';

/** The files an id of this kind may come from: one per handbook, or one per locale. */
export function filesOf(kind: ReferencedKind, id: string): string[] {
  if (kind === 'templates') return LOCALES.map((locale) => `${LAYOUT.templates}/${locale}/${id}.md`);
  if (kind === 'playbooks') return LOCALES.map((locale) => `${LAYOUT.playbooks}/${locale}/${id}.mdx`);
  // Situations share one file: when it failed to load, every situation is "in" it.
  if (kind === 'situations') return [LAYOUT.situations];
  return [`${LAYOUT[kind]}/${id}.yaml`];
}

/**
 * Whether a file with this id exists but failed to load: a YAML or schema error leaves it out
 * of the handbook. Its own errors already say why. Reporting "unknown rule" (or template, tree,
 * source) at every reference to it as well would bury the one finding that matters under
 * dozens that go away with it.
 */
export function failedToLoad(diagnostics: Diagnostics, kind: ReferencedKind, id: string): boolean {
  return filesOf(kind, id).some((file) => hasErrors(diagnostics, file)) || foldersOf(kind).some((folder) => hasErrors(diagnostics, folder));
}

/** The folders files of a kind are listed from: one that cannot be read hides every file in it. */
function foldersOf(kind: ReferencedKind): string[] {
  if (kind === 'situations') return [];
  if (kind === 'templates' || kind === 'playbooks') return [LAYOUT[kind], ...LOCALES.map((locale) => `${LAYOUT[kind]}/${locale}`)];
  return [LAYOUT[kind]];
}

/** Whether a file already has an error: a file that failed to load is there, not missing. */
export function hasErrors(diagnostics: Diagnostics, file: string): boolean {
  return diagnostics.files.get(file)?.messages.some((message) => message.fatal) ?? false;
}
