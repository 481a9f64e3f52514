// Remembers checklist ticks, and when each was ticked, in localStorage: one entry per locale, playbook
// and checklist (the element's data-checklist key), items keyed by a hash of their text.
import { t, pageLocale } from './ui-strings.ts';
import { announce, pageTitle } from './handbook-events.ts';

type Ticks = Record<string, number>;

/** Ticks by item key, read from the browser's storage into a map without a prototype. */
function read(key: string): Ticks {
  const ticks = Object.create(null) as Ticks;
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? '{}') as unknown;
    if (value && typeof value === 'object') {
      for (const [item, at] of Object.entries(value)) if (typeof at === 'number') ticks[item] = at;
    }
  } catch {
    // Unreadable storage: nothing ticked.
  }
  return ticks;
}

function write(key: string, ticks: Ticks) {
  try {
    if (Object.keys(ticks).length) localStorage.setItem(key, JSON.stringify(ticks));
    else localStorage.removeItem(key);
  } catch {
    // Private mode or a full storage: ticking still works on the page, it is just not remembered.
  }
}

const timeFormat = new Intl.DateTimeFormat(pageLocale(), { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' });

for (const list of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
  const key = list.dataset.checklist!;
  const boxes = [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-item]')];
  const progress = list.querySelector<HTMLElement>('[data-progress]');
  const reset = list.querySelector<HTMLButtonElement>('[data-reset]');
  // Where the list is, for the incident log: the print booklet shows several playbooks on one page.
  const where = () => ({
    checklist: list.querySelector('.checklist-title')?.textContent?.trim() ?? '',
    page: list.closest('.print-playbook')?.querySelector('h2')?.textContent?.trim() ?? pageTitle(),
    url: `${location.href.split('#')[0]}#${list.id}`,
  });

  const render = (ticks: Ticks) => {
    for (const box of boxes) {
      const at = Object.hasOwn(ticks, box.dataset.item!) ? ticks[box.dataset.item!] : undefined;
      box.checked = at !== undefined;
      const stamp = box.closest('li')?.querySelector<HTMLElement>('[data-ticked-at]');
      if (stamp) stamp.textContent = at === undefined ? '' : t('checklist.tickedAt', { time: timeFormat.format(at) });
    }
    if (progress) {
      progress.hidden = false;
      progress.textContent = t('checklist.progress', { done: boxes.filter((box) => box.checked).length, total: boxes.length });
    }
  };

  render(read(key));
  list.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (!box.matches('input[data-item]')) return;
    const ticks = read(key);
    if (box.checked) ticks[box.dataset.item!] = Date.now();
    else delete ticks[box.dataset.item!];
    write(key, ticks);
    render(ticks);
    const item = box.closest('li')?.querySelector('label')?.textContent?.trim() ?? '';
    announce({ kind: box.checked ? 'checklist-tick' : 'checklist-untick', item, ...where() });
  });
  if (reset) {
    reset.hidden = false;
    reset.addEventListener('click', () => {
      write(key, {});
      render(Object.create(null) as Ticks);
      if (progress) progress.textContent = `${t('checklist.resetDone')} ${progress.textContent}`;
      boxes[0]?.focus();
      announce({ kind: 'checklist-reset', ...where() });
    });
  }
  // Another tab of the same handbook ticked something: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key === key) render(read(key));
  });
}
