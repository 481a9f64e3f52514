// The incident log's page: start, end, copy (plain text or Markdown), clear after confirming; the
// entries as they are recorded, in this tab or another; the next update's time, set by hand or from
// a copied reply, and the reminder's permission.
import { describeEntry, elapsedLabel, formatLog, isRunning, minutesSince, type Incident } from '../lib/incident/log.ts';
import { parseNextUpdate } from '../lib/incident/next-update.ts';
import { copyText } from './clipboard.ts';
import { clear, end, onChange, readIncident, readNextUpdate, setNextUpdate, start } from './incident-store.ts';
import { formatTime, nextUpdateText, start as startIndicator } from './incident-ui.ts';
import { pageLocale, t } from './ui-strings.ts';

const app = document.querySelector<HTMLElement>('[data-incident-app]');

const dateTime = new Intl.DateTimeFormat(pageLocale(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });
const formatDateTime = (at: number) => dateTime.format(at);

if (app) {
  const $ = <T extends HTMLElement>(selector: string) => app.querySelector<T>(selector)!;
  const summary = $('[data-incident-summary]');
  const startButton = $<HTMLButtonElement>('[data-incident-start]');
  const endButton = $<HTMLButtonElement>('[data-incident-end]');
  const copyButtons = [...app.querySelectorAll<HTMLButtonElement>('[data-incident-copy]')];
  const clearButton = $<HTMLButtonElement>('[data-incident-clear]');
  const status = $('[data-incident-status]');
  const nextSummary = $('[data-next-update-summary]');
  const nextForm = $<HTMLFormElement>('[data-next-update-form]');
  const nextClear = $<HTMLButtonElement>('[data-next-update-clear]');
  const notifyButton = $<HTMLButtonElement>('[data-notify]');
  const notifyStatus = $('[data-notify-status]');
  const list = $<HTMLOListElement>('[data-incident-entries]');

  const say = (message: string) => {
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = message));
  };

  const renderEntries = (incident: Incident | undefined) => {
    if (!incident?.entries.length) {
      const empty = document.createElement('li');
      empty.className = 'hint';
      empty.textContent = t('incident.noEntries');
      list.replaceChildren(empty);
      return;
    }
    list.replaceChildren(
      ...incident.entries.map((entry) => {
        const item = document.createElement('li');
        const time = document.createElement('time');
        time.dateTime = new Date(entry.at).toISOString();
        time.textContent = formatTime(entry.at);
        const elapsed = document.createElement('span');
        elapsed.className = 'elapsed';
        elapsed.textContent = elapsedLabel(minutesSince(incident.startedAt, entry.at), t);
        const { text, quote, link } = describeEntry(entry, t, formatTime);
        let what: HTMLElement;
        if (link) {
          what = document.createElement('a');
          (what as HTMLAnchorElement).href = link;
        } else what = document.createElement('span');
        what.textContent = text;
        item.append(time, ' ', elapsed, ' ', what);
        if (quote) {
          const block = document.createElement('blockquote');
          block.textContent = quote;
          item.append(block);
        }
        return item;
      }),
    );
  };

  const render = () => {
    const incident = readIncident();
    const next = readNextUpdate();
    const now = Date.now();
    const running = isRunning(incident);
    if (!incident) summary.textContent = t('incident.none');
    else if (incident.endedAt === undefined) summary.textContent = t('incident.since', { time: formatDateTime(incident.startedAt), elapsed: elapsedLabel(minutesSince(incident.startedAt, now), t) });
    else summary.textContent = t('incident.endedSummary', { time: formatDateTime(incident.endedAt), elapsed: elapsedLabel(minutesSince(incident.startedAt, incident.endedAt), t) });
    startButton.hidden = running;
    startButton.textContent = incident ? t('incident.startNew') : t('incident.start');
    endButton.hidden = !running;
    for (const button of copyButtons) button.hidden = !incident;
    clearButton.hidden = !incident && !next;
    nextSummary.textContent = next ? nextUpdateText(next, now) : t('nextUpdate.none');
    nextClear.hidden = !next;
    renderNotify();
    renderEntries(incident);
  };

  const renderNotify = () => {
    const permission = typeof Notification === 'undefined' ? 'denied' : Notification.permission;
    notifyButton.hidden = permission !== 'default';
    notifyStatus.textContent = permission === 'granted' ? t('nextUpdate.notifyOn') : permission === 'denied' ? t('nextUpdate.notifyBlocked') : '';
  };

  startButton.addEventListener('click', () => {
    if (readIncident() && !window.confirm(t('incident.replaceConfirm'))) return;
    start();
    endButton.focus();
  });
  endButton.addEventListener('click', () => {
    end();
    copyButtons[0]?.focus();
  });
  for (const button of copyButtons) {
    button.addEventListener('click', async () => {
      const incident = readIncident();
      if (!incident) return;
      const ok = await copyText(formatLog(incident, button.dataset.incidentCopy === 'markdown' ? 'markdown' : 'text', { t, formatTime, formatDateTime }));
      say(ok ? t('incident.copied') : t('template.copyFailed'));
    });
  }
  clearButton.addEventListener('click', () => {
    if (!window.confirm(t('incident.clearConfirm'))) return;
    clear();
    say(t('incident.cleared'));
    startButton.focus();
  });
  nextForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (nextForm.elements.namedItem('time') as HTMLInputElement).value;
    const due = parseNextUpdate(value, new Date());
    if (due) setNextUpdate({ kind: 'next-update', due: due.getTime(), text: value });
  });
  nextClear.addEventListener('click', () => setNextUpdate(undefined));
  notifyButton.addEventListener('click', async () => {
    await Notification.requestPermission();
    renderNotify();
  });

  app.hidden = false;
  onChange(render);
  window.setInterval(render, 10_000);
  render();
  startIndicator();
}
