import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../../build/content/content-files';
import { formatProblem } from '../../../build/content/content-error';

const contact = (overrides: string) => `---
name: Childline
purpose: A free, private and confidential service for anyone under 19 in the UK.
audiences: [young-people]
area: national
kind: helpline
phones:
  - number: 0800 1111
sources: [online-harms-chapter]
${overrides}
---
Body.
`;

const checkedOn = (date: string) => `checked:\n  date: ${date}\n  against: Childline's own website`;

function problemsFor(collection: Parameters<typeof parseEntry>[0], source: string): string[] {
  return parseEntry(collection, `content/${collection}/example.mdx`, source).problems.map(formatProblem);
}

describe('contact schema', () => {
  it('accepts a valid contact', () => {
    expect(problemsFor('contacts', contact(''))).toEqual([]);
  });

  it('accepts a real check with its date and what it was made against', () => {
    expect(problemsFor('contacts', contact(checkedOn('2026-11-20')))).toEqual([]);
  });

  it('errors if a contact names no source', () => {
    expect(problemsFor('contacts', contact('').replace('sources: [online-harms-chapter]', 'sources: []'))).toEqual([
      'content/contacts/example.mdx → sources: Expected at least one source: where these details come from.',
    ]);
  });

  it('errors if a contact names a source the site does not define', () => {
    expect(problemsFor('contacts', contact('').replace('online-harms-chapter', 'childline-website'))[0]).toMatch(
      /^content\/contacts\/example\.mdx → sources\.0: Expected a source id: online-harms-chapter, online-safety-page, /,
    );
  });

  it('errors on the old lastChecked field, so a source date is never passed off as a check', () => {
    expect(problemsFor('contacts', contact('lastChecked: 2025-03-14'))).toEqual([
      'content/contacts/example.mdx: Unrecognized key: "lastChecked"',
    ]);
  });

  it('errors if a check does not say what it was made against', () => {
    expect(problemsFor('contacts', contact('checked:\n  date: 2026-11-20'))).toEqual([
      'content/contacts/example.mdx → checked.against: Invalid input: expected string, received undefined',
    ]);
  });

  it('accepts hours that run overnight, 24 hours and bank holidays', () => {
    const hours = `hours:
  - days: [monday, tuesday, wednesday, thursday, friday]
    opens: "17:00"
    closes: "09:00"
    overnight: true
  - days: [saturday, sunday]
    allDay: true
bankHolidays: 24 hours`;
    expect(problemsFor('contacts', contact(hours))).toEqual([]);
  });

  it('errors if an overnight block closes after it opens', () => {
    expect(
      problemsFor(
        'contacts',
        contact('hours:\n  - days: [monday]\n    opens: "09:00"\n    closes: "17:00"\n    overnight: true'),
      ),
    ).toEqual([
      'content/contacts/example.mdx → hours.0.closes: Expected "closes" to be earlier than "opens" in an overnight block. Found "17:00".',
    ]);
  });

  it('errors if a block gives both allDay and times', () => {
    expect(
      problemsFor('contacts', contact('hours:\n  - days: [monday]\n    allDay: true\n    opens: "09:00"\n    closes: "17:00"')),
    ).toEqual([
      'content/contacts/example.mdx → hours.0.allDay: Expected either "allDay: true" or "opens" and "closes", not both. Found "true".',
    ]);
  });

  it('errors if a block has no closing time', () => {
    expect(problemsFor('contacts', contact('hours:\n  - days: [monday]\n    opens: "09:00"'))).toEqual([
      'content/contacts/example.mdx → hours.0.closes: Expected "closes" (such as "16:00"), or "allDay: true".',
    ]);
  });

  it('errors if a block opens and closes at the same time', () => {
    expect(problemsFor('contacts', contact('hours:\n  - days: [monday]\n    opens: "09:00"\n    closes: "09:00"'))).toEqual([
      'content/contacts/example.mdx → hours.0.closes: Expected "opens" and "closes" to differ; for a line open around the clock write "allDay: true". Found "09:00".',
    ]);
  });

  it('errors if bank holidays say something other than 24 hours', () => {
    expect(problemsFor('contacts', contact('bankHolidays: closed'))).toEqual([
      'content/contacts/example.mdx → bankHolidays: Expected "24 hours", or leave bankHolidays out. Found "closed".',
    ]);
  });

  it('errors if a contact email is malformed', () => {
    expect(problemsFor('contacts', contact('email: helpline-at-saferinternet.org.uk'))).toMatchInlineSnapshot(`
      [
        "content/contacts/example.mdx → email: Expected an e-mail address such as helpline@saferinternet.org.uk. Found "helpline-at-saferinternet.org.uk".",
      ]
    `);
  });

  it('errors if a phone number is malformed', () => {
    expect(problemsFor('contacts', contact('').replace('0800 1111', '0344-381-4772'))).toMatchInlineSnapshot(`
      [
        "content/contacts/example.mdx → phones.0.number: Expected a UK phone number written as digits in groups separated by single spaces, for example "0344 381 4772". Found "0344-381-4772".",
      ]
    `);
  });

  it('errors if a phone number has the wrong number of digits', () => {
    expect(problemsFor('contacts', contact('').replace('0800 1111', '0344 381 47'))).toMatchInlineSnapshot(`
      [
        "content/contacts/example.mdx → phones.0.number: Expected a UK phone number: 999, 111 or 101, a 116 number, an 0800 short number, or 10 or 11 digits starting with 0. Found "0344 381 47".",
      ]
    `);
  });

  it('errors if a website is not an https address', () => {
    expect(problemsFor('contacts', contact('website: www.childline.org.uk'))).toMatchInlineSnapshot(`
      [
        "content/contacts/example.mdx → website: Expected a full https:// web address, for example https://www.childline.org.uk/. Found "www.childline.org.uk".",
      ]
    `);
  });

  it('errors if a date is not a real calendar date', () => {
    expect(problemsFor('contacts', contact(checkedOn('2025-02-30')))).toMatchInlineSnapshot(`
      [
        "content/contacts/example.mdx → checked.date: Expected a real calendar date written as YYYY-MM-DD, for example 2025-03-14. Found "2025-02-30".",
      ]
    `);
  });

  it('errors if a date is written the British way', () => {
    expect(problemsFor('contacts', contact(checkedOn('"14/03/2025"')))).toMatchInlineSnapshot(`
      [
        "content/contacts/example.mdx → checked.date: Expected a date written as YYYY-MM-DD, for example 2025-03-14. Found "14/03/2025".",
      ]
    `);
  });

  it('errors if a required field is missing', () => {
    expect(problemsFor('contacts', contact('').replace(/^name: Childline\n/m, ''))).toMatchInlineSnapshot(`
      [
        "content/contacts/example.mdx → name: Invalid input: expected string, received undefined",
      ]
    `);
  });

  it('errors on an unknown field, which is usually a misspelt one', () => {
    expect(problemsFor('contacts', contact('lastChekced: 2025-03-14'))).toMatchInlineSnapshot(`
      [
        "content/contacts/example.mdx: Unrecognized key: "lastChekced"",
      ]
    `);
  });

  it('errors if the area is not one the site knows', () => {
    expect(problemsFor('contacts', contact('').replace('area: national', 'area: nottingham'))).toMatchInlineSnapshot(`
      [
        "content/contacts/example.mdx → area: Expected one of: national, derby-city, derbyshire. Found "nottingham".",
      ]
    `);
  });

  it('errors if opening hours close before they open', () => {
    const source = contact('hours:\n  - days: [monday]\n    opens: "16:00"\n    closes: "10:00"');
    expect(problemsFor('contacts', source)).toMatchInlineSnapshot(`
      [
        "content/contacts/example.mdx → hours.0.closes: Expected "opens" to be earlier than "closes", or "overnight: true" for a line open from "opens" until "closes" the next morning. Found "10:00".",
      ]
    `);
  });

  it('errors if a contact has no way to reach it', () => {
    expect(problemsFor('contacts', contact('').replace('phones:\n  - number: 0800 1111\n', ''))).toMatchInlineSnapshot(`
      [
        "content/contacts/example.mdx → phones: Expected at least one way to reach this contact: phones, email or website.",
      ]
    `);
  });
});

describe('frontmatter', () => {
  it('errors if a file has no frontmatter', () => {
    expect(problemsFor('guidance', 'Just prose.')).toMatchInlineSnapshot(`
      [
        "content/guidance/example.mdx: Expected the file to start with YAML frontmatter between two "---" lines.",
      ]
    `);
  });

  it('errors with the line number if the frontmatter is not valid YAML', () => {
    expect(problemsFor('guidance', '---\ntitle: A title\nsummary: [unclosed\n---\n')[0]).toMatch(
      /^content\/guidance\/example\.mdx: The frontmatter is not valid YAML \(line \d+\)/,
    );
  });
});

describe('legislation schema', () => {
  const act = (overrides: string) => `---
title: Serious Crime Act 2015
shortTitle: Serious Crime Act
year: 2015
citation: 2015 c. 9
jurisdiction: [England and Wales]
summary: Created the offence of sexual communication with a child.
audiences: [professionals]
url: https://www.legislation.gov.uk/ukpga/2015/9/contents
lastUpdated: 2026-11-24
${overrides}
---
`;

  it('accepts a valid Act', () => {
    expect(problemsFor('legislation', act(''))).toEqual([]);
  });

  it('errors if the official link is not on legislation.gov.uk', () => {
    expect(
      problemsFor(
        'legislation',
        act('').replace('https://www.legislation.gov.uk/ukpga/2015/9/contents', 'https://example.org/act'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/legislation/example.mdx → url: Expected the official address on https://www.legislation.gov.uk/. Found "https://example.org/act".",
      ]
    `);
  });

  it('errors if the citation is malformed', () => {
    expect(problemsFor('legislation', act('').replace('2015 c. 9', 'c9 2015'))).toMatchInlineSnapshot(`
      [
        "content/legislation/example.mdx → citation: Expected a chapter citation such as "2003 c. 42". Found "c9 2015".",
      ]
    `);
  });
});

describe('procedure schema', () => {
  const procedure = (overrides: string) => `---
title: Providing early help
summary: When to use the partnership's early help procedure for online concerns.
scope: Low-level online concerns and emerging needs that early help can meet.
audiences: [professionals]
lastUpdated: 2026-11-24
${overrides}
---
`;

  it('accepts a full procedure with its version', () => {
    expect(problemsFor('procedures', procedure('version: "53"'))).toEqual([]);
  });

  it('accepts a procedure held in the manual without a version', () => {
    expect(
      problemsFor(
        'procedures',
        procedure(
          'fullTextIn: procedures-manual\nwhenToUse: In most circumstances, low-level online concerns can be met by universal services.',
        ),
      ),
    ).toEqual([]);
  });

  it('errors if a procedure whose full text is on this site has no version', () => {
    expect(problemsFor('procedures', procedure(''))).toMatchInlineSnapshot(`
      [
        "content/procedures/example.mdx → version: Expected a version number such as "53": a procedure whose full text is on this site needs its version. Leave it out only with fullTextIn: procedures-manual.",
      ]
    `);
  });

  it('errors if a version is not a number', () => {
    expect(problemsFor('procedures', procedure('version: v53'))).toMatchInlineSnapshot(`
      [
        "content/procedures/example.mdx → version: Expected a version number such as "53" or "2.1". Found "v53".",
      ]
    `);
  });
});

describe('review dates', () => {
  const guidance = (extra: string) => `---
title: Getting help
summary: Where to get help when something online worries you or a child.
audiences: [parents-carers]
lastUpdated: 2026-11-24
${extra}
---
`;

  it('accepts a page with no review date of its own', () => {
    expect(problemsFor('guidance', guidance(''))).toEqual([]);
  });

  it('errors on a bare review date, which no source gives, and says how to write one that a source does', () => {
    expect(problemsFor('guidance', guidance('nextReview: 2027-03-14'))).toEqual([
      'content/guidance/example.mdx → nextReview: Expected nextReview only where a source gives a review date, written as { date: YYYY-MM-DD, source: "…" }; leave it out to use this site\'s review rule (reviewPolicy in src/site.config.ts). Found "2027-03-14".',
    ]);
  });

  it('accepts a review date with the source that gives it', () => {
    expect(problemsFor('guidance', guidance('nextReview:\n  date: 2027-03-14\n  source: the procedures manual'))).toEqual([]);
  });
});

describe('resource schema', () => {
  const resource = (extra: string) => `---
title: Digital MOT
summary: A Derbyshire cyber security assessment tool to help you find out how you can be safer online.
audiences: [parents-carers]
area: derbyshire
format: tool
${extra}
---
`;

  it('accepts a resource that says where it is held', () => {
    expect(problemsFor('resources', resource('heldAt: Held in the partnership’s Documents Library.'))).toEqual([]);
  });

  it('errors if a resource leads nowhere: no address, no provider and nothing on where it is held', () => {
    expect(problemsFor('resources', resource(''))).toEqual([
      'content/resources/example.mdx → heldAt: Expected "url", "provider" or "heldAt": where a reader can find this resource. A resource that leads nowhere is no help.',
    ]);
  });
});
