/**
 * Languages whose settings choose a customer-facing register (handbook.config.yaml `register:`)
 * promise a team both: every public social reply there needs its text in the other register too, or
 * `register: neutral` when it addresses nobody. A missing one is a warning: the page then shows the
 * one it has.
 */
import type { Diagnostics } from '../diagnostics.ts';
import type { Handbook } from '../model.ts';
import type { Channel } from '../schema.ts';
import { REGISTERS } from './registers.ts';

/** Channels where a brand answers in public and picks its register like a voice. */
export const PUBLIC_SOCIAL_CHANNELS: readonly Channel[] = ['x', 'facebook', 'instagram', 'linkedin'];

export function checkRegisters(handbook: Handbook, diagnostics: Diagnostics): void {
  const chosen = handbook.settings.register;
  for (const template of handbook.templates) {
    if (!chosen[template.locale] || template.register === 'neutral') continue;
    if (!template.channels.some((channel) => PUBLIC_SOCIAL_CHANNELS.includes(channel))) continue;
    const have = new Set([template.register ?? 'formal', ...template.variants.map((variant) => variant.register)]);
    const missing = REGISTERS.filter((register) => !have.has(register));
    if (!missing.length) continue;
    diagnostics.warn(template.origin.file, `No ${missing.join(' or ')} version of this public reply, although the settings choose a register for "${template.locale}"`, { line: template.bodyLine, column: template.bodyColumn }, {
      ruleId: 'register-variant',
      source: 'i18n',
      note: `Add the reply in the ${missing[0]} register after a line <!-- register: ${missing[0]} -->, or set "register: neutral" in the front matter if the text addresses nobody.`,
    });
  }
}
