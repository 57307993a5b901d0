import { describe, expect, it } from 'vitest';
import { abbreviations, glossaryGroups, looksLikeAbbreviation, type GlossaryItem } from '../../../src/lib/content/glossary';

const entry = (id: string, term: string, expansion?: string, aliases: string[] = []): GlossaryItem => ({ id, data: { term, expansion, definition: 'A definition.', aliases } });

describe('looksLikeAbbreviation', () => {
  it('recognises capitals, mixed case and digits', () => {
    expect(['CEOP', 'DfE', 'KS1', 'AI-CSAM', 'CO:RE'].map(looksLikeAbbreviation)).toEqual([true, true, true, true, true]);
  });

  it('rejects words and phrases', () => {
    expect(['Grooming', 'designated safeguarding lead', 'Section 47'].map(looksLikeAbbreviation)).toEqual([false, false, false]);
  });
});

describe('abbreviations', () => {
  it('lists terms with an expansion and abbreviation-like aliases, longest first', () => {
    expect(abbreviations([entry('ai', 'AI', 'Artificial intelligence'), entry('ai-csam', 'AI-CSAM', 'AI-generated child sexual abuse material'), entry('harmful-sexual-behaviour', 'Harmful sexual behaviour', undefined, ['HSB'])])).toEqual([
      { text: 'AI-CSAM', id: 'ai-csam', title: 'AI-generated child sexual abuse material' },
      { text: 'HSB', id: 'harmful-sexual-behaviour', title: 'Harmful sexual behaviour' },
      { text: 'AI', id: 'ai', title: 'Artificial intelligence' },
    ]);
  });
});

describe('glossaryGroups', () => {
  it('files terms under their first letter, ignoring case, with digits first', () => {
    const groups = glossaryGroups([entry('dfe', 'DfE', 'Department for Education'), entry('4cs', '4Cs', 'The four Cs'), entry('dsl', 'DSL', 'Designated safeguarding lead'), entry('ceop', 'CEOP', 'Child Exploitation and Online Protection')]);
    expect(groups.map((group) => [group.letter, group.id, group.entries.map((item) => item.id)])).toEqual([
      ['0–9', 'letter-digits', ['4cs']],
      ['C', 'letter-c', ['ceop']],
      ['D', 'letter-d', ['dfe', 'dsl']],
    ]);
  });
});
