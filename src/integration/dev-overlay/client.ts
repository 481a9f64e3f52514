/**
 * `npm run dev` only (the integration injects it in dev, never into a build): shows the findings of
 * the content file just changed as a panel over the page, warnings too, which Vite's own error
 * overlay cannot. The server sends each re-check's view on a custom HMR event; a page that loads
 * asks for the last one, since a content change often reloads the page. The panel goes away when
 * the file is fixed, and the reader can close it (button or Escape) until the findings change,
 * across reloads of the page too.
 */
import type { RecheckView } from '../../lib/watch/recheck.ts';
import { FINDINGS_EVENT, HELLO_EVENT } from './events.ts';

const HOST_ID = 'crisis-playbook-findings';
const DISMISSED_KEY = 'crisis-playbook:dev-findings-dismissed';

/** What the panel shows, as one string: closing the panel hides these findings, not later ones. */
const identity = (view: RecheckView) => view.shown.map((finding) => [finding.file, finding.line, finding.column, finding.ruleId, finding.message].join('|')).join('\n');

/** sessionStorage may be unavailable (privacy settings); then closing lasts until the next reload. */
function remember(value: string | undefined) {
  try {
    if (value === undefined) sessionStorage.removeItem(DISMISSED_KEY);
    else sessionStorage.setItem(DISMISSED_KEY, value);
  } catch {
    // nothing to keep it in
  }
}

function dismissed(value: string): boolean {
  try {
    return sessionStorage.getItem(DISMISSED_KEY) === value;
  } catch {
    return false;
  }
}

let current: RecheckView | undefined;

const STYLE = `
:host { all: initial; }
section {
  position: fixed; z-index: 2147483647; left: 0; right: 0; bottom: 0; box-sizing: border-box;
  max-height: 70vh; overflow: auto; padding: 0.75rem 1rem 1rem;
  font: 16px/1.45 system-ui, sans-serif; color: #1a1a1a; background: #fff;
  border-top: 4px solid #b00020; box-shadow: 0 -4px 24px rgb(0 0 0 / 0.25);
}
section.warnings { border-top-color: #8a5a00; }
@media (min-width: 48rem) { section { left: auto; right: 1rem; bottom: 1rem; width: 46rem; border-radius: 6px; border: 1px solid #ccc; border-top-width: 4px; } }
header { display: flex; align-items: flex-start; gap: 0.5rem; }
h2 { flex: 1; margin: 0.5rem 0; font-size: 1.05rem; overflow-wrap: anywhere; }
button { min-width: 44px; min-height: 44px; font: inherit; font-size: 1.5rem; line-height: 1; background: none; border: 1px solid #888; border-radius: 4px; color: inherit; cursor: pointer; }
button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
ol { list-style: none; margin: 0; padding: 0; }
li { padding: 0.5rem 0; border-top: 1px solid #ddd; }
p { margin: 0.2rem 0; overflow-wrap: anywhere; }
code { font: 0.9em/1.4 ui-monospace, monospace; }
.severity { display: inline-block; padding: 0 0.4em; border-radius: 3px; font-weight: 600; color: #fff; background: #b00020; }
.severity.warning { background: #8a5a00; }
.severity.info { background: #555; }
.fix { color: #333; padding-left: 1rem; border-left: 3px solid #ccc; }
footer { margin-top: 0.5rem; color: #333; }
@media (prefers-color-scheme: dark) {
  section { color: #eee; background: #1e1e1e; }
  .fix, footer { color: #ccc; }
}
`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function remove() {
  document.getElementById(HOST_ID)?.remove();
}

/** Closed by the reader: these findings stay hidden until they change. */
function close() {
  if (current) remember(identity(current));
  remove();
}

function show(view: RecheckView) {
  remove();
  current = view;
  if (!view.shown.length) {
    remember(undefined);
    return;
  }
  if (dismissed(identity(view))) return;
  const host = element('div');
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'open' });
  const style = element('style', STYLE);
  const errors = view.shown.filter((finding) => finding.severity === 'error').length;
  const section = element('section', undefined, errors ? 'errors' : 'warnings');
  section.setAttribute('role', 'region');
  section.setAttribute('aria-labelledby', 'title');
  const header = element('header');
  const counts = [errors && plural(errors, 'error'), view.shown.length - errors && plural(view.shown.length - errors, errors ? 'other finding' : 'finding')].filter(Boolean).join(', ');
  const title = element('h2', `Handbook check: ${counts} in ${view.changed.join(', ')}`);
  title.id = 'title';
  const dismiss = element('button', '×');
  dismiss.type = 'button';
  dismiss.setAttribute('aria-label', 'Close the findings panel');
  dismiss.addEventListener('click', close);
  header.append(title, dismiss);
  const list = element('ol');
  for (const finding of view.shown) {
    const item = element('li');
    item.dataset.rule = finding.ruleId ?? '';
    const where = finding.line ? `${finding.file}:${finding.line}:${finding.column ?? 1}` : finding.file;
    const head = element('p');
    head.append(element('code', where, 'where'), ' ', element('span', finding.severity, `severity ${finding.severity}`), ' ', element('code', finding.ruleId ?? '', 'rule'));
    item.append(head, element('p', finding.message, 'message'));
    const fix = [finding.note, finding.url ? `(${finding.url})` : ''].filter(Boolean).join(' ');
    if (fix) item.append(element('p', fix, 'fix'));
    list.append(item);
  }
  const elsewhere = view.others ? `${plural(view.others, 'more finding')} in other files; npm run check lists them all. ` : '';
  section.append(header, list, element('footer', `${elsewhere}Whole handbook: ${view.summary}.`));
  root.append(style, section);
  document.body.append(host);
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && document.getElementById(HOST_ID)) close();
});

if (import.meta.hot) {
  import.meta.hot.on(FINDINGS_EVENT, (view: RecheckView | null) => {
    if (view) show(view);
    // The server has answered at least once: what the panel shows (or not) is the live state.
    document.documentElement.dataset.liveChecks = 'connected';
  });
  import.meta.hot.send(HELLO_EVENT, {});
}
