import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  benchProcedure,
  benchProcedureId,
  randomFrom,
  sentencesFrom,
  writeBenchSite,
  type BenchReferences,
} from '../../../../tools/bench/bench-site';
import { parseEntry } from '../../../../build/content/content-files';
import { componentIdsIn } from '../../../../build/content/content-integrity';
import { findContentProblems } from '../../../../build/content/content-check-integration';
import { findPhoneNumbers } from '../../../../build/content/contact-details';

const references: BenchReferences = {
  contacts: ['childline', 'starting-point'],
  contactsWithPhone: ['childline'],
  legislation: [{ id: 'serious-crime-act-2015', sections: ['67', '76'] }],
  procedures: ['safeguarding-children-from-online-harms'],
};

describe('benchProcedure', () => {
  it('writes a procedure that passes the procedure schema', () => {
    const page = benchProcedure(0, randomFrom(1), [], references);
    expect(parseEntry('procedures', `content/procedures/${page.id}.mdx`, page.source).problems).toEqual([]);
  });

  it('writes the same page for the same seed', () => {
    expect(benchProcedure(41, randomFrom(7), [], references)).toEqual(benchProcedure(41, randomFrom(7), [], references));
  });

  it('names only the contacts, Acts and procedures it is given', () => {
    const { source } = benchProcedure(3, randomFrom(3), [], references);
    const used = componentIdsIn(source).map((use) => use.id);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((id) => !['childline', 'starting-point', 'serious-crime-act-2015'].includes(id))).toEqual([]);
  });

  it('has several sections, each with an explicit id', () => {
    const { source } = benchProcedure(5, randomFrom(5), [], references);
    expect(source.match(/^## .+ \{\/\* #[a-z-]+ \*\/\}$/gm)?.length).toBeGreaterThanOrEqual(4);
  });

  it('types no number the build would take for a phone number, even in procedure 999', () => {
    expect(findPhoneNumbers(benchProcedure(998, randomFrom(9), [], references).source)).toEqual([]);
  });
});

describe('sentencesFrom', () => {
  it('leaves out sentences with a phone number, which the build would reject in a procedure', () => {
    expect(
      sentencesFrom([
        'If a child is at immediate risk of harm, call the police on 999 straight away. Tell someone you trust about it as soon as you can.',
      ]),
    ).toEqual(['Tell someone you trust about it as soon as you can.']);
  });

  it('keeps whole prose sentences and drops headings, list markers and lines with components', () => {
    expect(
      sentencesFrom([
        '## Talk to someone\n\n- Tell someone you trust if **anything** online worries you. Do it soon.\n\nCall <ContactLink id="childline" phone /> if you are worried.',
      ]),
    ).toEqual(['Tell someone you trust if anything online worries you.']);
  });
});

describe('writeBenchSite', () => {
  const target = mkdtempSync(join(tmpdir(), 'bench-site-'));
  afterAll(() => rmSync(target, { recursive: true }));

  it('copies the real content and adds procedures that pass the build checks', () => {
    const ids = writeBenchSite(target, 'content', 3);
    expect(ids).toEqual([benchProcedureId(1), benchProcedureId(2), benchProcedureId(3)]);
    expect(readdirSync(join(target, 'procedures'))).toEqual(expect.arrayContaining(ids.map((id) => `${id}.mdx`)));
    expect(findContentProblems(target)).toEqual([]);
  });
});
