/**
 * Marks the table of contents entry for the section being read (`aria-current`), so a reader
 * deep in a long procedure can see where they are, and keeps that entry in view when the
 * contents list scrolls on its own beside the text.
 */

/** Watches the sections the contents list links to; does nothing on pages without one. */
export function highlightCurrentSection(): void {
  const nav = document.querySelector<HTMLElement>('[data-toc]');
  const links = [...(nav?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
  const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  if (!nav || links.length === 0 || !('IntersectionObserver' in window)) return;

  const update = () => {
    // The current section is the last one whose heading has passed the top quarter of the screen;
    // at the very bottom of the page, the last section (which may never get that high).
    const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    let current = -1;
    targets.forEach((target, index) => {
      if (target && (atEnd || target.getBoundingClientRect().top < innerHeight / 4)) current = index;
    });
    links.forEach((link, index) =>
      index === current ? link.setAttribute('aria-current', 'true') : link.removeAttribute('aria-current'),
    );
    const link = links[current];
    // Scrolls only the list (scrollIntoView would move the page too). offsetTop is from the list,
    // which is the positioned (sticky) ancestor whenever it can scroll.
    if (
      link &&
      nav.scrollHeight > nav.clientHeight &&
      (link.offsetTop < nav.scrollTop || link.offsetTop + link.offsetHeight > nav.scrollTop + nav.clientHeight)
    ) {
      nav.scrollTop = link.offsetTop - nav.clientHeight / 3;
    }
  };
  // The observer only says when a heading crosses the top quarter; `update` then measures.
  const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -75% 0px' });
  for (const target of targets) if (target) observer.observe(target);
}
