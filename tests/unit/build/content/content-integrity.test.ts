import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { formatProblem } from '../../../../build/content/content-error';
import { findContentProblems } from '../../../../build/content/content-check-integration';
import { componentIdsIn } from '../../../../build/content/content-integrity';
import { loadContent } from '../../../../build/content/content-files';

const fixture = (name: string) => join(import.meta.dirname, '../../../fixtures', name, 'content');

describe('content integrity', () => {
  it('finds no problems in the real content', () => {
    expect(findContentProblems().map(formatProblem)).toEqual([]);
  });

  it('errors if a reference names a missing entry', () => {
    expect(findContentProblems(fixture('dangling-reference')).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/procedures/online-harms.mdx → legislation.0: No legislation entry has the id "online-safety-act-2024". Expected the file name (without .mdx) of a file in content/legislation/.",
      ]
    `);
  });

  it('errors if an MDX component names a missing entry', () => {
    expect(findContentProblems(fixture('dangling-component')).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/guidance/getting-help.mdx → <ContactLink> on body line 3: No contacts entry has the id "childline-uk". Expected the file name (without .mdx) of a file in content/contacts/.",
      ]
    `);
  });

  it('errors if two entries have the same id', () => {
    expect(findContentProblems(fixture('duplicate-id')).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/contacts/Childline.mdx: The file name "Childline.mdx" is not a kebab-case id. Rename it to lower-case letters, digits and single hyphens, for example "childline.mdx".",
        "content/contacts/childline.mdx: Duplicate id "childline": content/contacts/Childline.mdx already uses it. Give each entry its own file name.",
      ]
    `);
  });

  it('errors if an old slug is the id of another page', () => {
    expect(findContentProblems(fixture('old-slug-clash')).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/guidance/bullying-online.mdx → oldSlugs.0: Duplicate id "getting-help": content/guidance/getting-help.mdx is a current page with that id, so a redirect would hide it. Remove the old slug or rename one of the entries.",
      ]
    `);
  });

  it('errors once if two entries list the same old slug, naming the other entry', () => {
    expect(findContentProblems(fixture('old-slug-twice')).map(formatProblem)).toEqual([
      'content/guidance/getting-help.mdx → oldSlugs.0: Duplicate id "cyberbullying": content/guidance/bullying-online.mdx lists the same old slug. An old slug can redirect to one page only.',
    ]);
  });

  it('fails the build if a phone number or e-mail address is typed outside the contacts', () => {
    const problems = findContentProblems(fixture('typed-contact-details')).map(formatProblem);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.includes('typed into the text. Keep phone numbers and e-mail addresses in content/contacts/'))).toBe(true);
  });

  it('reports a broken contact once, quoting what was typed, and not again for each page, field and guide outcome naming it', () => {
    expect(findContentProblems(fixture('broken-contact')).map(formatProblem)).toEqual([
      'content/contacts/childline.mdx → phones.0.number: Expected a UK phone number written as digits in groups separated by single spaces, for example "0344 381 4772". Found "0800-1111".',
    ]);
  });

  it('reads a file that starts with a byte-order mark, as Astro does', () => {
    const { entries, problems } = loadContent(fixture('byte-order-mark'));
    expect(problems).toEqual([]);
    expect(entries.map((entry) => [entry.id, 'name' in entry.data && entry.data.name])).toEqual([['childline', 'Childline']]);
  });

  it('names a file in a content folder that is not .mdx, and a folder inside one, which would never be published', () => {
    expect(findContentProblems(fixture('other-extensions')).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/guidance/drafts: Folders inside content/guidance/ are not read, so nothing in this one would be published. Move its .mdx files up into content/guidance/.",
        "content/guidance/getting-help.txt: Only .mdx and .md files are read in content/guidance/, so this file would never be published. Rename it to "getting-help.mdx" or move it out of the folder.",
        "content/guidance/staying-safe.MDX: Only .mdx and .md files are read in content/guidance/, so this file would never be published. Rename it to "staying-safe.mdx" or move it out of the folder.",
      ]
    `);
  });

  it('gives the line of a YAML mistake as the line in the file', () => {
    // Line 4 of the file is "summary: Who to talk to: someone you trust…", the YAML's third line.
    expect(findContentProblems(fixture('yaml-line')).map(formatProblem)).toEqual([
      'content/guidance/getting-help.mdx: The frontmatter is not valid YAML (line 4): Nested mappings are not allowed in compact mappings',
    ]);
  });

  it("errors if a guide outcome links to a section the procedure does not have", () => {
    expect(findContentProblems(fixture('guide-section')).map(formatProblem)).toEqual([
      'content/decision-guide.yaml → outcome "talk-to-childline" → procedures.0.section: The procedure "providing-early-help" has no section with the id "early-help-signs", so the link would land at the top of the page. Expected one of its heading ids: signs, getting-help.',
    ]);
  });

  it('reads component ids and their body lines', () => {
    expect(componentIdsIn('Intro\n\nCall <ContactLink id="childline" phone /> or see <Act id="serious-crime-act-2015" section="67" />.')).toEqual([
      { component: 'ContactLink', id: 'childline', line: 3 },
      { component: 'Act', id: 'serious-crime-act-2015', line: 3 },
    ]);
  });
});
