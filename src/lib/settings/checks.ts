/**
 * Checks of the settings' look and people (handbook.config.yaml): the accent colour's contrast on the
 * site's pages, roster entries that name a role content/roles.yaml defines, and names and taglines
 * for locales the site does not build. The logo's checks need the disk and run as it is loaded
 * (src/lib/load, src/lib/settings/logo.ts).
 */
import type { Diagnostics } from '../diagnostics.ts';
import { isLocale, LOCALES } from '../i18n/locales.ts';
import type { Handbook } from '../model.ts';
import { positionOf } from '../load/yaml-positions.ts';
import { checkRoleId } from '../roles.ts';
import { checkAccent, formatRatio, PAGE_COLOURS, TEXT_CONTRAST } from './contrast.ts';

/** Where the accent's worst colour comes from, in words. */
function describeBackground(colour: string): string {
  const light = PAGE_COLOURS.light;
  if (colour === light.bg) return `the page background ${colour}`;
  if (colour === light.surface) return `the header background ${colour}`;
  return `the buttons' text colour ${colour}`;
}

/**
 * Every check of this module; `rolesUsable` is false when content/roles.yaml is missing or broken
 * (its own error says so), and roster roles are then not checked one by one.
 */
export function checkSettings(handbook: Handbook, diagnostics: Diagnostics, options: { rolesUsable: boolean }): void {
  const { settings } = handbook;
  const origin = settings.origin;
  if (!origin) return;
  const { file, positions } = origin;

  if (settings.site.accent) {
    const problem = checkAccent(settings.site.accent);
    if (problem) {
      diagnostics.error(file, `The accent colour ${settings.site.accent} has a contrast of ${formatRatio(problem.ratio)} against ${describeBackground(problem.against)}; links and buttons need at least ${TEXT_CONTRAST}:1 (WCAG AA)`, positionOf(positions, ['site', 'accent']), {
        ruleId: 'accent-contrast',
        source: 'schema',
        note: problem.suggestion
          ? `Use a darker shade of the same hue: "${problem.suggestion}" is the nearest that passes on every light background (the dark scheme derives its own from it).`
          : 'Choose a darker colour: it must reach 4.5:1 against white.',
      });
    }
  }

  for (const field of ['name', 'tagline'] as const) {
    for (const locale of Object.keys(settings.site[field] ?? {})) {
      if (isLocale(locale)) continue;
      diagnostics.warn(file, `site.${field} has a text for "${locale}", which is not one of the site's locales (${LOCALES.join(', ')}); no page shows it`, positionOf(positions, ['site', field, locale]), {
        ruleId: 'settings-locale',
        source: 'schema',
        note: `Remove it, correct the language code, or add "${locale}" to locales in handbook.config.yaml.`,
      });
    }
  }

  if (options.rolesUsable) {
    settings.roster.forEach((entry, index) => checkRoleId(diagnostics, handbook.roles.entries, origin, ['roster', index, 'role'], entry.role));
  }
}
