// Loaded only while an incident runs or a next update is set (see incident-watch.ts): the header's
// link to the incident log with the time since the start and the countdown to the next update, and
// the reminder five minutes before it, where the reader allowed notifications.
import { elapsedLabel, formatDuration, isRunning, minutesSince, type HandbookAction } from '../lib/incident/log.ts';
import { countdown, msUntilNotify, shouldNotify, type NextUpdate } from '../lib/incident/next-update.ts';
import { handle as store, markNotified, onChange, readIncident, readNextUpdate } from './incident-store.ts';
import { pageLocale, t } from './ui-strings.ts';

const TAG = 'crisis-playbook-next-update';
let started = false;
let reminder: number | undefined;

// A log is read against other clocks and chats: 24-hour times in every language ("14:30", "14.30").
export const formatTime = (at: number) => new Intl.DateTimeFormat(pageLocale(), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);

/** "Next update at 14:30, in 12 min" / "…, in 2 h 05 min" / "…, 3 min overdue". */
export function nextUpdateText(next: NextUpdate, now = Date.now()): string {
  const { overdue, minutes } = countdown(next.due, now);
  const time = formatTime(next.due);
  if (!overdue) return t('nextUpdate.in', { time, duration: formatDuration(minutes, t) });
  return minutes ? t('nextUpdate.overdue', { time, duration: formatDuration(minutes, t) }) : t('nextUpdate.due', { time });
}

async function notify(next: NextUpdate) {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const title = t('nextUpdate.notifyTitle', { time: formatTime(next.due) });
  const options = { body: t('nextUpdate.notifyBody'), tag: TAG, lang: pageLocale() };
  try {
    // A phone's browser shows notifications through the service worker only.
    const registration = await navigator.serviceWorker?.getRegistration();
    if (registration?.active) return void (await registration.showNotification(title, options));
  } catch {
    // No worker: the page's own notification below.
  }
  new Notification(title, options);
}

function scheduleReminder(next: NextUpdate | undefined) {
  clearTimeout(reminder);
  const wait = next && msUntilNotify(next, Date.now());
  if (next === undefined || wait === undefined) return;
  reminder = window.setTimeout(() => {
    const latest = readNextUpdate();
    if (!latest || !shouldNotify(latest, Date.now())) return;
    markNotified(latest.due);
    void notify(latest);
  }, wait);
}

function render() {
  const indicator = document.querySelector<HTMLElement>('[data-incident-indicator]');
  const incident = readIncident();
  const next = readNextUpdate();
  const now = Date.now();
  if (indicator) {
    const running = isRunning(incident);
    indicator.hidden = !running && !next;
    const parts = [
      running ? t('incident.running', { elapsed: elapsedLabel(minutesSince(incident.startedAt, now), t) }) : '',
      next ? nextUpdateText(next, now) : '',
    ];
    indicator.querySelector('[data-incident-text]')!.textContent = parts.filter(Boolean).join(' · ');
    indicator.classList.toggle('due-soon', Boolean(next && next.due - now <= 5 * 60_000));
  }
  scheduleReminder(next);
}

/** Shows the header's indicator and keeps it current; safe to call again. */
export function start() {
  if (started) return render();
  started = true;
  onChange(render);
  window.setInterval(render, 10_000);
  render();
}

export function handle(action: HandbookAction) {
  store(action);
  start();
}
