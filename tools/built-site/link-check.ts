/**
 * Checks a built site's internal links: every link to a page of the site must reach a page that
 * exists (directly or through a redirect), and every `#fragment` an id on that page. Works on
 * HTML strings (read with `./html.ts`), so the build test runs it over `dist/` and the unit test over tiny examples.
 */
import { parseHtml } from './html';

export interface LinkProblem {
  /** The page the link is on, as a URL path ("/procedures/x/"). */
  page: string;
  /** The link exactly as written in the page. */
  href: string;
  /** What is wrong with it. */
  reason: string;
}

export interface SiteFiles {
  /** Each HTML page's URL path ("/contacts/", "/404.html") and its HTML. */
  pages: ReadonlyMap<string, string>;
  /** URL paths of the other files (stylesheets, scripts, images). */
  assets?: ReadonlySet<string>;
  /** Old path → new path, as the host's `_redirects` says. */
  redirects?: ReadonlyMap<string, string>;
  /** The site's own address; links written in full with it are internal too. */
  origin: string;
}

/**
 * Every id in a page, with how many elements carry it.
 * @param html the page
 */
export function idsIn(html: string): Map<string, number> {
  const ids = new Map<string, number>();
  for (const element of parseHtml(html).querySelectorAll('[id]')) {
    const id = element.getAttribute('id') ?? '';
    ids.set(id, (ids.get(id) ?? 0) + 1);
  }
  return ids;
}

/**
 * The targets of a page's links: `href` on `<a>`, `<area>` and `<link>`.
 * @param html the page
 */
export function linksIn(html: string): string[] {
  return parseHtml(html)
    .querySelectorAll('a[href], area[href], link[href]')
    .map((element) => element.getAttribute('href') ?? '');
}

/** A link leaving the site (another origin, mail, phone) is not this check's business. */
function isExternal(href: string, origin: string): boolean {
  if (href.startsWith('//')) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href);
  return scheme !== null && !href.startsWith(`${origin}/`) && href !== origin;
}

/**
 * Every internal link in the site that leads nowhere, and every fragment that names no id.
 * @param site the pages, other files, redirects and the site's own origin
 */
export function checkLinks(site: SiteFiles): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const idCache = new Map<string, Map<string, number>>();
  const idsOf = (path: string) => {
    let ids = idCache.get(path);
    if (!ids) idCache.set(path, (ids = idsIn(site.pages.get(path) ?? '')));
    return ids;
  };
  // A static host serves /a/ from /a/index.html, and redirects /a to /a/.
  const pageFor = (path: string): string | undefined => {
    const directory = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
    return [directory, `${directory}/`].find((candidate) => site.pages.has(candidate));
  };

  for (const [page, html] of site.pages) {
    for (const href of linksIn(html)) {
      if (isExternal(href, site.origin)) continue;
      if (href === '#' || href === '') {
        problems.push({ page, href, reason: 'links to nothing: give it a page or a section id' });
        continue;
      }
      const url = new URL(href, `${site.origin}${page}`);
      let path = decodeURI(url.pathname);
      const fragment = decodeURIComponent(url.hash.slice(1));
      const redirect = site.redirects?.get(path) ?? site.redirects?.get(path.endsWith('/') ? path.slice(0, -1) : `${path}/`);
      if (redirect) path = redirect;
      const target = pageFor(path);
      if (!target) {
        if (!site.assets?.has(path)) problems.push({ page, href, reason: `goes to ${path}, which does not exist` });
        continue;
      }
      if (fragment && !idsOf(target).has(fragment))
        problems.push({
          page,
          href,
          reason: `goes to #${fragment}, but ${target === page ? 'this page' : target} has no element with that id`,
        });
    }
  }
  return problems;
}

/**
 * Ids given to more than one element on a page: a fragment must name one place.
 * @param pages each page's URL path and HTML
 */
export function duplicateIds(pages: ReadonlyMap<string, string>): { page: string; id: string; count: number }[] {
  return [...pages].flatMap(([page, html]) =>
    [...idsIn(html)].filter(([, count]) => count > 1).map(([id, count]) => ({ page, id, count })),
  );
}

/**
 * One line per problem, for a failing test to print.
 * @param problem from `checkLinks`
 */
export function formatLinkProblem(problem: LinkProblem): string {
  return `${problem.page}: link "${problem.href}" ${problem.reason}`;
}
