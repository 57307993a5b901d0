/**
 * An Astro integration that loads all content through the schemas and the integrity checks
 * before anything is built, so bad content fails `astro build` with the file, the field and
 * what was expected. In `astro dev` it reports the same problems without stopping the server.
 */
import type { AstroIntegration } from 'astro';
import { ContentError } from './content-error';
import { loadContent } from './content-files';
import { checkIntegrity } from './content-integrity';
import { decisionGuideProblems } from '../guide/decision-guide-file';
import { findTypedContactDetails } from './contact-details';
import { findMissingOutOfHours } from './out-of-hours';

/** Every problem in the content folder, from the schemas and from the cross-entry checks. */
export function findContentProblems(root?: string) {
  const { entries, problems } = loadContent(root);
  return [...problems, ...checkIntegrity(entries), ...findTypedContactDetails(entries), ...findMissingOutOfHours(entries), ...decisionGuideProblems(entries, root)];
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problems = findContentProblems();
        if (problems.length === 0) return;
        const error = new ContentError(problems);
        if (command === 'build') throw error;
        logger.error(error.message);
      },
    },
  };
}
