// Progressive enhancement of template cards: a fill-in form whose values fill the preview and the
// copied text (as text, never HTML), remembered for the session across templates; a live length
// count per channel; copy text and copy link with on-screen and screen-reader feedback.
import { fillReply, unfilledPlaceholders } from '../lib/templates/reply.ts';
import { measureForChannel } from '../lib/text/length.ts';
import type { Channel } from '../lib/schema.ts';
import { t } from './ui-strings.ts';

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

/** Clipboard API first; a hidden textarea and execCommand where it is missing (old browsers, http). */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the fallback: permission denied or not a secure context.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
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
  card.querySelector<HTMLButtonElement>('[data-copy-text]')?.addEventListener('click', async () => {
    const current = values();
    const missing = unfilledPlaceholders(source, current);
    if (missing.length && !window.confirm(t('template.unfilled', { count: missing.length }))) return;
    const ok = await copyText(fillReply(source, current));
    say(ok ? t('template.copied') : t('template.copyFailed'), !ok);
  });
  card.querySelector<HTMLButtonElement>('[data-copy-link]')?.addEventListener('click', async (event) => {
    const link = new URL((event.currentTarget as HTMLButtonElement).dataset.copyLink!, location.href);
    // In a decision tree the query holds the answers given: keep it, so the link opens this outcome.
    if (card.closest('[data-step]')) link.search = location.search;
    const ok = await copyText(link.href);
    say(ok ? t('template.linkCopied') : t('template.copyFailed'), !ok);
  });
  update();
}

document.querySelectorAll<HTMLElement>('[data-template]').forEach(enhance);
