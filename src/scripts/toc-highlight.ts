/**
 * Marks the table of contents entry for the section being read (`aria-current`), so a reader
 * deep in a long procedure can see where they are.
 */

/** Watches the sections the contents list links to; does nothing on pages without one. */
export function highlightCurrentSection(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a')];
  const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  if (links.length === 0 || !('IntersectionObserver' in window)) return;

  const update = () => {
    // The current section is the last one whose heading has passed the top quarter of the screen;
    // at the very bottom of the page, the last section (which may never get that high).
    const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    let current = -1;
    targets.forEach((target, index) => {
      if (target && (atEnd || target.getBoundingClientRect().top < innerHeight / 4)) current = index;
    });
    links.forEach((link, index) => (index === current ? link.setAttribute('aria-current', 'true') : link.removeAttribute('aria-current')));
  };
  // The observer only says when a heading crosses the top quarter; `update` then measures.
  const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -75% 0px' });
  for (const target of targets) if (target) observer.observe(target);
}
