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

function readValues(): Record<string, string> {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

function saveValue(name: string, value: string) {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ ...readValues(), [name]: value }));
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

  const values = (): Record<string, string> => {
    const result: Record<string, string> = {};
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
      const value = current[slot.dataset.slot!]?.trim();
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
      if (saved[input.name]) input.value = saved[input.name];
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
