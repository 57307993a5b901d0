import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchProcedure, benchProcedureId, generateBenchSite, type BenchReferences } from '../../src/lib/bench-site';
import { parseEntry } from '../../src/lib/content-files';
import { componentIdsIn } from '../../src/lib/content-integrity';
import { findContentProblems } from '../../src/lib/content-check-integration';
import { findPhoneNumbers } from '../../src/lib/contact-details';

const references: BenchReferences = {
  contacts: ['childline', 'professionals-online-safety-helpline'],
  contactsWithPhone: ['childline'],
  legislation: [{ id: 'serious-crime-act-2015', sections: ['67', '76'] }],
  procedures: ['safeguarding-children-from-online-harms'],
};

describe('benchProcedure', () => {
  const text = benchProcedure(7, references);

  it('writes a procedure the schemas accept', () => {
    expect(parseEntry('procedures', 'bench.mdx', text).problems).toEqual([]);
  });

  it('embeds only the real entries it was given', () => {
    const used = componentIdsIn(text).map((use) => use.id);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((id) => !['childline', 'professionals-online-safety-helpline', 'serious-crime-act-2015'].includes(id))).toEqual([]);
  });

  it('has several sections, each with an explicit id', () => {
    expect(text.match(/^## .+ \{\/\* #[a-z-]+ \*\/\}$/gm)?.length).toBeGreaterThanOrEqual(6);
  });

  it('types no number the build would take for a phone number, even in procedure 999', () => {
    expect(findPhoneNumbers(benchProcedure(999, references))).toEqual([]);
  });

  it('writes the same text for the same index and seed, and different text for another index', () => {
    expect(benchProcedure(7, references)).toBe(text);
    expect(benchProcedure(8, references)).not.toBe(text);
  });
});

describe('generateBenchSite', () => {
  const target = mkdtempSync(join(tmpdir(), 'bench-site-'));
  afterAll(() => rmSync(target, { recursive: true }));

  it('copies the real content and adds procedures that pass the build checks', () => {
    const ids = generateBenchSite({ source: 'content', target, procedures: 3 });
    expect(ids).toEqual([benchProcedureId(1), benchProcedureId(2), benchProcedureId(3)]);
    expect(readdirSync(join(target, 'procedures'))).toEqual(expect.arrayContaining(ids.map((id) => `${id}.mdx`)));
    expect(findContentProblems(target)).toEqual([]);
  });
});
