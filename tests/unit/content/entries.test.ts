import { describe, expect, it } from 'vitest';
import { entryPath, entryTitle } from '../../../src/lib/content/entries';

describe('entryPath', () => {
  it('gives an entry page its collection folder and id', () => {
    expect(entryPath('contacts', 'childline')).toBe('/contacts/childline/');
  });

  it('adds a section as a fragment', () => {
    expect(entryPath('procedures', 'safeguarding-children-from-online-harms', 'consultation-and-advice')).toBe(
      '/procedures/safeguarding-children-from-online-harms/#consultation-and-advice',
    );
  });
});

describe('entryTitle', () => {
  it('uses a title, a contact name or a glossary term, in that order', () => {
    expect(entryTitle({ collection: 'guidance', id: 'a', data: { title: 'Getting help' } })).toBe('Getting help');
    expect(entryTitle({ collection: 'contacts', id: 'b', data: { name: 'Childline' } })).toBe('Childline');
    expect(entryTitle({ collection: 'glossary', id: 'c', data: { term: 'DSL' } })).toBe('DSL');
  });

  it('falls back to the id when the entry has none of them', () => {
    expect(entryTitle({ collection: 'x', id: 'plain-id', data: {} })).toBe('plain-id');
  });
});
