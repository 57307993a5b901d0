/**
 * Amendments sorted newest first; amendments on the same day keep the order they were written in.
 * @param amendments a page's amendments in any order
 */
export function newestFirst<T extends { date: Date }>(amendments: readonly T[]): T[] {
  return amendments
    .map((amendment, index) => ({ amendment, index }))
    .sort((a, b) => b.amendment.date.getTime() - a.amendment.date.getTime() || a.index - b.index)
    .map(({ amendment }) => amendment);
}
