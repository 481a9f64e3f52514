// Progressive enhancement of template cards: a fill-in form whose values fill the preview and the
// copied text (as text, never HTML), remembered for the session across templates; a live length
// count per channel; copy text and copy link with on-screen and screen-reader feedback.
import { fillReply, unfilledPlaceholders } from '../lib/templates/reply.ts';
import { measureForChannel } from '../lib/text/length.ts';
import type { Channel } from '../lib/schema.ts';
import { t } from './ui-strings.ts';
import { copyText } from './clipboard.ts';
import { announce, pageTitle } from './handbook-events.ts';

const STORAGE_KEY = 'crisis-playbook:placeholders';
const SHARED_VALUE = 'crisis-playbook:placeholder-value';

/**
 * Values by placeholder name. Names come from the handbook and the stored values from the browser, so
 * the map has no prototype: a placeholder named like an Object property (`constructor`) finds nothing
 * until the user types something, instead of "function Object() { [native code] }".
 */
type Values = Record<string, string>;
const emptyValues = (): Values => Object.create(null) as Values;

function readValues(): Values {
  const values = emptyValues();
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as unknown;
    if (stored && typeof stored === 'object') {
      for (const [name, value] of Object.entries(stored)) if (typeof value === 'string') values[name] = value;
    }
  } catch {
    // Unreadable storage: start empty.
  }
  return values;
}

function saveValue(name: string, value: string) {
  try {
    const values = readValues();
    values[name] = value;
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(values));
  } catch {
    // Storage unavailable: values still work on this page.
  }
}

function enhance(card: HTMLElement) {
  const source = card.querySelector<HTMLTemplateElement>('template[data-reply-source]')?.content.textContent ?? '';
  const form = card.querySelector<HTMLFormElement>('[data-fill-form]');
  const actions = card.querySelector<HTMLElement>('[data-actions]');
  const counter = card.querySelector<HTMLElement>('[data-counter]');
  const status = card.querySelector<HTMLElement>('[data-copy-status]');
  const channels = (card.dataset.channels ?? '').split(' ').filter(Boolean) as Channel[];
  if (!actions || !status) return;

  const values = (): Values => {
    const result = emptyValues();
    for (const input of form?.querySelectorAll<HTMLInputElement>('[data-placeholder-input]') ?? []) result[input.name] = input.value;
    return result;
  };

  const say = (message: string, isError = false) => {
    status.textContent = '';
    status.classList.toggle('error', isError);
    // A fresh text node each time, so screen readers announce a repeated message too.
    requestAnimationFrame(() => (status.textContent = message));
  };

  const update = () => {
    const current = values();
    for (const slot of card.querySelectorAll<HTMLElement>('[data-slot]')) {
      const value = Object.hasOwn(current, slot.dataset.slot!) ? current[slot.dataset.slot!].trim() : undefined;
      slot.textContent = value || `{{${slot.dataset.slot}}}`;
      slot.classList.toggle('filled', Boolean(value));
    }
    if (!counter) return;
    const text = fillReply(source, current);
    const lines = channels.map((channel) => {
      const { count, limit } = measureForChannel(text, channel);
      const name = t(`channel.${channel}`);
      if (limit === undefined) return { over: false, text: `${name}: ${t('template.countNoLimit', { count })}` };
      if (count > limit) return { over: true, text: t('template.overLimit', { channel: name, over: count - limit }) };
      return { over: false, text: t('template.count', { count, limit, channel: name }) };
    });
    counter.textContent = lines.map((line) => line.text).join(' · ');
    counter.classList.toggle('over', lines.some((line) => line.over));
  };

  if (form) {
    form.hidden = false;
    const saved = readValues();
    for (const input of form.querySelectorAll<HTMLInputElement>('[data-placeholder-input]')) {
      if (Object.hasOwn(saved, input.name) && saved[input.name]) input.value = saved[input.name];
      input.addEventListener('input', () => {
        saveValue(input.name, input.value);
        update();
        // Other cards on the page (a playbook shows several) take the same value at once.
        document.dispatchEvent(new CustomEvent(SHARED_VALUE, { detail: { name: input.name, value: input.value, from: input } }));
      });
    }
    form.addEventListener('submit', (event) => event.preventDefault());
    document.addEventListener(SHARED_VALUE, (event) => {
      const { name, value, from } = (event as CustomEvent<{ name: string; value: string; from: HTMLInputElement }>).detail;
      const input = form.querySelector<HTMLInputElement>(`[data-placeholder-input="${CSS.escape(name)}"]`);
      if (!input || input === from) return;
      input.value = value;
      update();
    });
  }

  actions.hidden = false;
  card.classList.add('enhanced');
  // A blank in the reply is a shortcut to its field (the fields follow the reply in the tab order).
  for (const reply of card.querySelectorAll('[data-reply]')) {
    reply.addEventListener('click', (event) => {
      const slot = (event.target as HTMLElement).closest<HTMLElement>('[data-slot]');
      if (!slot || slot.classList.contains('filled')) return;
      form?.querySelector<HTMLInputElement>(`[data-placeholder-input="${CSS.escape(slot.dataset.slot!)}"]`)?.focus();
    });
  }
  /** Copies one of the card's bodies, filled in: the one shown first, or the other register's. */
  const copyBody = async (body: string) => {
    const current = values();
    const missing = unfilledPlaceholders(body, current);
    if (missing.length && !window.confirm(t('template.unfilled', { count: missing.length }))) return;
    const text = fillReply(body, current);
    const ok = await copyText(text);
    say(ok ? t('template.copied') : t('template.copyFailed'), !ok);
    if (ok) announce({ kind: 'template-copied', template: card.dataset.template!, title: title(), text, values: current, url: permalink() });
  };
  card.querySelector<HTMLButtonElement>('[data-copy-text]')?.addEventListener('click', () => copyBody(source));
  const otherSource = card.querySelector<HTMLTemplateElement>('template[data-register-source]')?.content.textContent;
  const copyOther = card.querySelector<HTMLButtonElement>('[data-copy-register]');
  if (copyOther && otherSource !== undefined) {
    copyOther.hidden = false;
    copyOther.addEventListener('click', () => copyBody(otherSource));
  }
  const linkButton = card.querySelector<HTMLButtonElement>('[data-copy-link]');
  if (linkButton) linkButton.hidden = false;
  const permalink = () => {
    const link = new URL(linkButton?.dataset.copyLink ?? location.href, location.href);
    // In a decision tree the query holds the answers given: keep it, so the link opens this outcome.
    if (card.closest('[data-step]')) link.search = location.search;
    return link.href;
  };
  const title = () => card.querySelector('.template-title')?.textContent?.trim() || pageTitle();
  linkButton?.addEventListener('click', async () => {
    const link = permalink();
    const ok = await copyText(link);
    say(ok ? t('template.linkCopied') : t('template.copyFailed'), !ok);
    if (ok) announce({ kind: 'link-copied', title: title(), link });
  });
  update();
}

document.querySelectorAll<HTMLElement>('[data-template]').forEach(enhance);
