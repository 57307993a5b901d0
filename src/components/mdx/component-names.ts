/**
 * The names of the components an editor may use in MDX, in plain TypeScript so the build's
 * content check (`build/content/mdx-safety.ts`) can read them without loading `.astro` files.
 * `index.ts` must register exactly these.
 */
export const mdxComponentNames = ['Act', 'Contact', 'ContactLink', 'GuidanceLink', 'ProcedureLink', 'RiskLink', 'Phone'] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];
