/**
 * Which collections have pages, read from the routes themselves (`import.meta.glob('../*\/*.astro')`
 * in a page one folder down), so a new route counts wherever the site asks by itself.
 */

/**
 * Whether a collection has a route of this name: `[id]` for a page per entry, `index` or
 * `[...page]` for its list.
 * @param routes the route files, as `import.meta.glob('../*\/*.astro')` names them from a page one folder down
 * @param collection the collection's folder name
 * @param route the route file's name without `.astro`
 */
export const hasRoute = (routes: readonly string[], collection: string, route: string): boolean =>
  routes.includes(`../${collection}/${route}.astro`);
