// Registers the service worker (src/service-worker/) and asks it to keep this page's locale for
// offline reading; the footer's status line then says "available offline". A new deployment offers
// "new version — reload", which switches to it and reloads.
import { t } from './ui-strings.ts';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

let state = '';
function showStatus() {
  const status = document.querySelector<HTMLElement>('[data-offline-status]');
  if (!status) return;
  status.textContent = state === 'ready' ? t(navigator.onLine ? 'offline.ready' : 'offline.offline') : state === 'saving' ? t('offline.saving') : '';
  status.hidden = !status.textContent;
}
window.addEventListener('online', showStatus);
window.addEventListener('offline', showStatus);

async function keepOffline() {
  let registration: ServiceWorkerRegistration;
  try {
    registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  } catch {
    return; // no worker on this server (a development server, say): the site works as before
  }

  const prompt = document.querySelector<HTMLElement>('[data-update-prompt]');
  let switching = false;
  const offerUpdate = () => {
    if (!prompt) return;
    prompt.hidden = false;
    const message = prompt.querySelector<HTMLElement>('[data-text]');
    if (message) message.textContent = message.dataset.text ?? '';
  };
  prompt?.querySelector('button')?.addEventListener('click', () => {
    const waiting = registration.waiting;
    if (!waiting) return location.reload(); // another tab switched already
    switching = true;
    waiting.postMessage({ type: 'skip-waiting' });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (switching) location.reload();
  });
  // A new version may be waiting already, still installing (found while this page loaded), or come later.
  const watch = (installing: ServiceWorker | null) =>
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate();
    });
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate();
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));

  const locale = location.pathname.slice(base.length).split('/')[0];
  // The language picker and the 404 page keep no locale; the worker ignores a code the site does not build.
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(locale)) return;
  const worker = (await navigator.serviceWorker.ready).active;
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<{ state: string }>) => {
    state = event.data.state;
    showStatus();
  };
  worker?.postMessage({ type: 'cache-locale', locale }, [channel.port2]);
}

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  if (import.meta.env.DEV) {
    // `astro dev` and a built site share 127.0.0.1:4321: a worker left by the built site would
    // otherwise answer the development server's pages from its cache.
    void navigator.serviceWorker.getRegistrations().then((registrations) => registrations.forEach((registration) => registration.unregister()));
  } else if (document.readyState === 'complete') void keepOffline();
  // After the page's own loading, which the first download of the locale must not slow down.
  else window.addEventListener('load', () => void keepOffline(), { once: true });
}
