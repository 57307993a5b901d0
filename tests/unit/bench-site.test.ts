import { describe, expect, it } from 'vitest';
import { benchProcedure, randomFrom, sentencesFrom } from '../../src/lib/bench-site';
import { parseEntry } from '../../src/lib/content-files';

const references = { contacts: ['childline', 'starting-point'], legislation: ['serious-crime-act-2015'] };

describe('benchProcedure', () => {
  it('writes a procedure that passes the procedure schema', () => {
    const page = benchProcedure(0, randomFrom(1), [], references);
    expect(parseEntry('procedures', `content/procedures/${page.id}.mdx`, page.source).problems).toEqual([]);
  });

  it('writes the same page for the same seed', () => {
    expect(benchProcedure(41, randomFrom(7), [], references)).toEqual(benchProcedure(41, randomFrom(7), [], references));
  });

  it('names only the contacts and Acts it is given', () => {
    const { source } = benchProcedure(3, randomFrom(3), [], references);
    const ids = [...source.matchAll(/id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.every((id) => ['childline', 'starting-point', 'serious-crime-act-2015'].includes(id ?? ''))).toBe(true);
  });
});

describe('sentencesFrom', () => {
  it('leaves out sentences with a phone number, which the build would reject in a procedure', () => {
    expect(sentencesFrom(['If a child is at immediate risk of harm, call the police on 999 straight away. Tell someone you trust about it as soon as you can.'])).toEqual([
      'Tell someone you trust about it as soon as you can.',
    ]);
  });

  it('keeps whole prose sentences and drops headings, list markers and lines with components', () => {
    expect(sentencesFrom(['## Talk to someone\n\n- Tell someone you trust if **anything** online worries you. Do it soon.\n\nCall <ContactLink id="childline" phone /> if you are worried.'])).toEqual([
      'Tell someone you trust if anything online worries you.',
    ]);
  });
});
