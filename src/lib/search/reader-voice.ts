/**
 * Who a query's own words say is asking. Parents and carers write about "my son" or "our
 * daughter"; the search page puts pages written for them before pages only for professionals
 * that match the words no better (`firstScreenOrder`). Pure, so it is unit-tested.
 */

/** Words for a child of one's own, or a child in one's family. */
const ownChild =
  'child|children|kid|kids|son|sons|daughter|daughters|teen|teens|teenager|teenagers|boy|boys|girl|girls|baby|toddler|stepson|stepdaughter|stepchild|grandchild|grandson|granddaughter|nephew|niece';

const parentVoices = [
  // "my son", "our teenage daughter", "my 15 year old", "my little girl's phone"
  new RegExp(`(?:^|\\s)(?:my|our)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,2}?(?:${ownChild})(?:'s|’s)?(?=$|[^\\p{L}])`, 'iu'),
  /(?:^|\s)(?:my|our)\s+\d+\s*(?:-\s*)?(?:year|yr)s?(?:\s*-\s*|\s+)old(?=$|[^\p{L}])/iu,
  /(?:^|\s)(?:i'?m|i am|as)\s+an?\s+(?:parent|mum|mom|dad|carer|foster carer|grandparent|step ?parent)(?=$|[^\p{L}])/iu,
];

/**
 * Whether the query speaks as a parent or carer about their own child.
 * @param query what the reader typed
 */
export function speaksAsParent(query: string): boolean {
  return parentVoices.some((voice) => voice.test(query));
}
