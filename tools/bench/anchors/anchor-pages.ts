/**
 * The pages both sites build in `npm run bench:anchors`: plain Markdown of realistic length (six
 * sections of paragraphs in the site's own words, a bulleted and a numbered list, a table, links
 * to other generated pages and one subsection), the same bodies in both sites. Only the
 * frontmatter and the address a link points at differ, so each site renders exactly the same text.
 * Deterministic for a seed, so runs compare like with like.
 */
import { randomFrom } from '../bench-site';

export interface AnchorPage {
  id: string;
  title: string;
  /** One sentence for the page's summary (this site) and description (Starlight). */
  summary: string;
  /** The Markdown body, with links written through `href`. */
  body: string;
}

const subjects = [
  'Setting up parental controls',
  'Talking to a child about nudes',
  'When a game chat turns worrying',
  'Reporting a fake profile',
  'Livestreaming and young people',
  'Keeping location sharing safe',
  'Spotting online grooming',
  'After a child sees harmful content',
  'Online bullying in group chats',
  'Scams aimed at teenagers',
  'Screen time and sleep',
  'AI-generated images of children',
];
const places = ['at home', 'at school', 'in a youth club', 'in foster care', 'in early years', 'in sport'];
const sectionHeadings = [
  'What it is',
  'Signs to look for',
  'What to do first',
  'Talking about it',
  'Who can help',
  'Keeping a record',
  'Settings that help',
  'If it happens again',
];
const fallbackSentences = [
  'Stay calm and listen to the child without judging them.',
  'Write down what the child said in their own words as soon as you can.',
  'Do not forward, copy or delete any images; ask for advice first.',
  'Most apps let you report a message or an account from the account itself.',
  'A child who tells you something worrying has taken a brave step.',
  'Check the privacy settings together, one app at a time.',
];
const steps = [
  'Listen and reassure the child',
  'Save the evidence without viewing images',
  'Report the account on the platform',
  'Tell the designated safeguarding lead',
  'Agree who will check in with the child',
  'Review the settings together a week later',
];
const platforms = ['Messaging app', 'Video sharing', 'Online games', 'Social network', 'Livestreaming', 'Photo sharing'];
const settings = ['Private account', 'Contacts only', 'Location off', 'Comments filtered', 'Age checks on', 'Screen time limit'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/**
 * The id of a generated page.
 * @param number its number, from 1
 */
export function anchorPageId(number: number): string {
  return `anchor-page-${String(number).padStart(4, '0')}`;
}

/**
 * One generated page.
 * @param index its position, from 0
 * @param count how many pages the site has (links point only at pages that exist)
 * @param random the generator, advanced in page order
 * @param corpus real sentences to write paragraphs with
 * @param href the address of another generated page in the site being written
 */
export function anchorPage(
  index: number,
  count: number,
  random: () => number,
  corpus: readonly string[],
  href: (id: string) => string,
): AnchorPage {
  const sentences = corpus.length > 0 ? corpus : fallbackSentences;
  const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 3) }, () => pick(random, sentences)).join(' ');
  const other = () => {
    const number = 1 + Math.floor(random() * count);
    // No page number in the text: the build rejects numbers like 111 or 999 typed outside the contacts.
    return { id: anchorPageId(number), text: `${pick(random, subjects).toLowerCase()} ${pick(random, places)}` };
  };
  const subject = pick(random, subjects);
  const place = pick(random, places);
  const number = String(index + 1).padStart(4, '0');
  const start = Math.floor(random() * sectionHeadings.length);
  const sections: string[] = [];
  for (let section = 0; section < 6; section += 1) {
    const heading = sectionHeadings[(start + section) % sectionHeadings.length] ?? 'More';
    const parts = [paragraph(), paragraph()];
    if (section === 1) parts.push(Array.from({ length: 4 }, () => `- ${pick(random, sentences)}`).join('\n'));
    if (section === 2) parts.push(steps.map((step, position) => `${position + 1}. ${step}.`).join('\n'));
    if (section === 3) {
      const rows = Array.from(
        { length: 5 },
        () => `| ${pick(random, platforms)} | ${pick(random, settings)} | ${pick(random, steps)} |`,
      );
      parts.push(['| Where | Setting | What to do |', '| --- | --- | --- |', ...rows].join('\n'));
    }
    if (section === 4) {
      const link = other();
      parts.push(`See also [${link.text}](${href(link.id)}) and [${other().text}](${href(other().id)}).`);
    }
    if (section === 5) parts.push(`### ${pick(random, subjects)}\n\n${paragraph()}`);
    sections.push(`## ${heading}\n\n${parts.join('\n\n')}`);
  }
  return {
    id: anchorPageId(index + 1),
    title: `${subject} ${place} (${number})`,
    summary: `Plain advice on ${subject.toLowerCase()} ${place}: the signs, what to do first and who can help.`,
    body: `${sections.join('\n\n')}\n`,
  };
}

/**
 * Every generated page for a site.
 * @param count how many pages
 * @param corpus real sentences
 * @param href the address of a generated page in the site being written
 * @param seed the generator's seed (the same for both sites, so the bodies match)
 */
export function anchorPages(count: number, corpus: readonly string[], href: (id: string) => string, seed = 18): AnchorPage[] {
  const random = randomFrom(seed);
  return Array.from({ length: count }, (_, index) => anchorPage(index, count, random, corpus, href));
}
