import { describe, expect, it } from 'vitest';
import { assignHeadingIds, headingsOf, parseIdComment, selfLinkLabel, slugify, type HeadingSource } from '../../../src/lib/content/heading-ids';

const ids = (headings: HeadingSource[], reserved: string[] = []) => assignHeadingIds(headings, reserved).headings.map((heading) => heading.id);
const h2 = (text: string, explicit?: HeadingSource['explicit'], line?: number): HeadingSource => ({ depth: 2, text, explicit, line });

describe('slugify', () => {
  it('turns a heading into lower-case words joined by hyphens', () => {
    expect(slugify('Consultation and advice')).toBe('consultation-and-advice');
  });

  it('drops apostrophes instead of splitting the word', () => {
    expect(slugify('Referral to Children’s Social Care')).toBe('referral-to-childrens-social-care');
  });

  it('reads an ampersand as "and"', () => {
    expect(slugify('Roles & responsibilities')).toBe('roles-and-responsibilities');
  });

  it('keeps letters but drops their accents', () => {
    expect(slugify('Café rules: “online” safety!')).toBe('cafe-rules-online-safety');
  });

  it('keeps digits and letters of section references', () => {
    expect(slugify('Section 47 enquiries (Children Act 1989)')).toBe('section-47-enquiries-children-act-1989');
  });

  it('gives a heading made only of symbols the id "section"', () => {
    expect(slugify('★ → ★')).toBe('section');
  });
});

describe('parseIdComment', () => {
  it('reads an explicit id', () => {
    expect(parseIdComment('/* #responding-to-concerns */')).toEqual({ kind: 'id', value: { id: 'responding-to-concerns', oldIds: [] } });
  });

  it('reads an explicit id and the old ids after "was"', () => {
    expect(parseIdComment('/* #consultation-and-advice was #consultation #advice-lines */')).toEqual({ kind: 'id', value: { id: 'consultation-and-advice', oldIds: ['consultation', 'advice-lines'] } });
  });

  it('reads old ids alone, leaving the id to the heading text', () => {
    expect(parseIdComment('/* was #scope-of-this-chapter */')).toEqual({ kind: 'id', value: { oldIds: ['scope-of-this-chapter'] } });
  });

  it('leaves an ordinary editor comment alone', () => {
    expect(parseIdComment('/* check this against the 2025 chapter */')).toEqual({ kind: 'not-an-id' });
  });

  it('rejects an id that is not kebab-case', () => {
    expect(parseIdComment('/* #Consultation_Advice */')).toMatchInlineSnapshot(`
      {
        "kind": "malformed",
        "reason": ""Consultation_Advice" is not a kebab-case id. Use lower-case letters, digits and single hyphens, for example "consultation-and-advice".",
      }
    `);
  });

  it('rejects "was" with no old id after it', () => {
    expect(parseIdComment('/* #consultation was */')).toMatchInlineSnapshot(`
      {
        "kind": "malformed",
        "reason": "Expected {/* #kebab-case-id */} or {/* #kebab-case-id was #old-id #older-id */} but found {/* #consultation was */}.",
      }
    `);
  });
});

describe('assignHeadingIds', () => {
  it('gives each heading a slug of its text', () => {
    expect(ids([h2('Scope of this chapter'), h2('Parents and carers')])).toEqual(['scope-of-this-chapter', 'parents-and-carers']);
  });

  it('adds -2 and -3 to repeated slugs in document order', () => {
    expect(ids([h2('Examples'), h2('Examples'), h2('Examples')])).toEqual(['examples', 'examples-2', 'examples-3']);
  });

  it('uses the explicit id the author gave', () => {
    expect(ids([h2('Who to call for advice', { id: 'consultation-and-advice', oldIds: [] })])).toEqual(['consultation-and-advice']);
  });

  it('lets a later explicit id win over an earlier slug, which steps aside', () => {
    expect(ids([h2('Early help'), h2('Low-level concerns', { id: 'early-help', oldIds: [] })])).toEqual(['early-help-2', 'early-help']);
  });

  it('keeps slugs off old ids, so an old link still finds its own section', () => {
    expect(ids([h2('Advice', { id: 'advice-lines', oldIds: ['consultation'] }), h2('Consultation')])).toEqual(['advice-lines', 'consultation-2']);
  });

  it('keeps slugs off the ids the page layout uses', () => {
    expect(ids([h2('Amendments')], ['amendments'])).toEqual(['amendments-2']);
  });

  it('returns the old ids with their heading', () => {
    expect(assignHeadingIds([h2('Consultation and advice', { id: 'consultation-and-advice', oldIds: ['consultation'] })]).headings).toEqual([{ depth: 2, text: 'Consultation and advice', id: 'consultation-and-advice', oldIds: ['consultation'] }]);
  });

  it('errors if two headings ask for the same explicit id', () => {
    const result = assignHeadingIds([h2('Scope', { id: 'scope', oldIds: [] }, 3), h2('What this covers', { id: 'scope', oldIds: [] }, 9)]);
    expect(result.problems).toMatchInlineSnapshot(`
      [
        {
          "heading": "heading "What this covers" on line 9",
          "message": "Duplicate heading id "scope": the heading "Scope" on line 3 already has it. Give each heading its own id.",
        },
      ]
    `);
  });

  it('errors if an explicit id is one the page layout uses', () => {
    const result = assignHeadingIds([h2('Scope', { id: 'scope', oldIds: [] }, 3)], ['scope']);
    expect(result.problems).toMatchInlineSnapshot(`
      [
        {
          "heading": "heading "Scope" on line 3",
          "message": "Duplicate heading id "scope": the page layout already uses it for a section of its own. Give each heading its own id.",
        },
      ]
    `);
  });

  it('errors if an old id is another heading’s id', () => {
    const result = assignHeadingIds([h2('Consultation', { id: 'consultation', oldIds: [] }, 3), h2('Advice lines', { id: 'advice-lines', oldIds: ['consultation'] }, 8)]);
    expect(result.problems).toMatchInlineSnapshot(`
      [
        {
          "heading": "heading "Advice lines" on line 8",
          "message": "Duplicate heading id "consultation": the heading "Consultation" on line 3 already has it. An old id can lead to one section only; remove it from one of the headings.",
        },
      ]
    `);
  });
});

describe('selfLinkLabel', () => {
  it('names the section with its number', () => {
    expect(selfLinkLabel({ number: '2.1', text: 'Consultation and advice' })).toBe('Link to section 2.1 Consultation and advice');
  });

  it('names an unnumbered section by its text', () => {
    expect(selfLinkLabel({ text: 'Talk to someone' })).toBe('Link to section Talk to someone');
  });
});

describe('headingsOf', () => {
  it('returns the headings the Markdown pipeline stored', () => {
    const headings = [{ id: 'scope', depth: 2, text: 'Scope' }];
    expect(headingsOf({ sectionHeadings: headings })).toEqual(headings);
  });

  it('returns no headings for a file the pipeline did not process', () => {
    expect(headingsOf({ title: 'A page' })).toEqual([]);
  });
});
