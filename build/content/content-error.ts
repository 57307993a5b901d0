/** One thing wrong with one content file, worded for the editor who has to fix it. */
export interface ContentProblem {
  /** Path relative to the repository, for example "content/contacts/childline.mdx". */
  file: string;
  /** Dotted path of the field, for example "phones.0.number"; empty for the file as a whole. */
  field: string;
  /** What was wrong and what was expected. */
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return problem.field ? `${problem.file} → ${problem.field}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

/** Thrown when content would reach readers broken. Its message lists every problem, one a line. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Content has ${count}:\n${problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n')}`);
    this.problems = problems;
  }
}
