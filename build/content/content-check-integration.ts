/**
 * An Astro integration that loads all content through the MDX safety check, the schemas and the
 * integrity checks before anything is built (so no MDX is compiled, and no code in it runs, until
 * the content is known to be safe), and fails `astro build` with the file, the field and what was
 * expected. It also refuses symbolic links in `public/`. In `astro dev` it reports the same
 * problems without stopping the server, and the MDX safety guard (`mdx-safety-guard.ts`), run
 * before each MDX file is rendered, refuses unsafe files, including those edited after the start.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError } from './content-error';
import { contentRoot, loadContent } from './content-files';
import { checkIntegrity } from './content-integrity';
import { decisionGuideProblems } from '../guide/decision-guide-file';
import { findTypedContactDetails } from './contact-details';
import { findMissingOutOfHours } from './out-of-hours';
import { procedureSections } from './procedure-sections';
import { findPublicSymlinks } from './public-symlinks';

/**
 * Every problem in the content folder: unsafe or unreadable MDX, the schemas, and the cross-entry checks.
 * @param root the content folder (defaults to `contentRoot()`)
 */
export function findContentProblems(root: string = contentRoot()) {
  const { entries, problems, unloaded } = loadContent(root);
  return [
    ...problems,
    ...checkIntegrity(entries, unloaded),
    ...findTypedContactDetails(entries),
    ...findMissingOutOfHours(entries),
    ...decisionGuideProblems([...entries, ...unloaded], root, procedureSections(entries, root)),
  ];
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const problems = [...findContentProblems(), ...findPublicSymlinks(fileURLToPath(config.publicDir))];
        if (problems.length === 0) return;
        const error = new ContentError(problems);
        if (command === 'build') throw error;
        logger.error(error.message);
      },
    },
  };
}
