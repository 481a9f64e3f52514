// On the root page only: go to the first of the browser's languages the handbook has.
// Without JavaScript the page simply lists the six languages.
const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-language-list] a[data-locale]')];
const available = new Map(links.map((link) => [link.dataset.locale!, link.href]));
for (const language of navigator.languages ?? [navigator.language]) {
  const href = available.get(language.toLowerCase().split('-')[0]);
  if (href) {
    location.replace(href);
    break;
  }
}
