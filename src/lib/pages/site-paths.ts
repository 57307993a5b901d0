/**
 * The addresses of the site's pages that are not a content section, each written here once.
 * A section's list (`/guidance/`) comes from `sectionPath`, an entry's page from `entryPath`, and
 * the decision guide's from `guideRoot`.
 */
export const sitePaths = {
  search: '/search/',
  aToZ: '/a-z/',
  changes: '/changes/',
  accessibility: '/accessibility/',
} as const;
