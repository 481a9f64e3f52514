// On every page, and small: loads the incident code only when there is something for it to do (an
// incident runs or a next update is set, in this tab or another, or a reply just went out with a
// next-update time), so content pages stay light. The code, once loaded, keeps the header current.
import { INCIDENT_STORAGE_KEY, NEXT_UPDATE_PLACEHOLDER, NEXT_UPDATE_STORAGE_KEY } from '../lib/incident/keys.ts';
import type { HandbookAction } from '../lib/incident/log.ts';
import { HANDBOOK_ACTION } from './handbook-events.ts';

let ui: Promise<typeof import('./incident-ui.ts')> | undefined;
const load = () => (ui ??= import('./incident-ui.ts'));

/** An incident runs, or a next update is set (an ended log alone needs no code on every page). */
const active = () => {
  try {
    if (localStorage.getItem(NEXT_UPDATE_STORAGE_KEY)) return true;
    const incident = localStorage.getItem(INCIDENT_STORAGE_KEY);
    return Boolean(incident && (JSON.parse(incident) as { endedAt?: number }).endedAt === undefined);
  } catch {
    return false;
  }
};

if (active()) void load().then((module) => module.start());

// Every action goes through the one loaded module, in order, however long the first load takes.
document.addEventListener(HANDBOOK_ACTION, (event) => {
  const action = (event as CustomEvent<HandbookAction>).detail;
  if (active() || (action.kind === 'template-copied' && action.values[NEXT_UPDATE_PLACEHOLDER]?.trim())) {
    void load().then((module) => module.handle(action));
  }
});

window.addEventListener('storage', (event) => {
  if (event.key === INCIDENT_STORAGE_KEY || event.key === NEXT_UPDATE_STORAGE_KEY) void load().then((module) => module.start());
});
