// The language links lead to the same page in another language. What a reader has reached on the
// page lives in its URL (a tree step, search words, template filters, an anchor), written with ids
// that are the same in every language, so it goes along. Without JavaScript the links still lead
// to the page itself.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-locale-link]')) {
  const carryState = () => {
    const url = new URL(link.href);
    url.search = location.search;
    url.hash = location.hash;
    link.href = url.href;
  };
  // Just before the link is followed, opened in a new tab, or copied from its menu.
  for (const type of ['click', 'auxclick', 'contextmenu']) link.addEventListener(type, carryState);
}
