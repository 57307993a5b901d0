import { describe, expect, it } from 'vitest';
import { leavesOf, stringLeaves } from '../../../../build/content/data-leaves';

const data = {
  title: 'Getting help',
  keywords: ['help'],
  steps: ['Call', { text: 'Write down what happened', when: new Date('2026-01-01') }],
  related: { collection: 'contacts', id: 'childline' },
};

describe('leavesOf', () => {
  it('lists every leaf with its path, depth first in field order', () => {
    expect(leavesOf(data).map((leaf) => [leaf.path.join('.'), leaf.value])).toEqual([
      ['title', 'Getting help'],
      ['keywords.0', 'help'],
      ['steps.0', 'Call'],
      ['steps.1.text', 'Write down what happened'],
      ['steps.1.when', new Date('2026-01-01')],
      ['related.collection', 'contacts'],
      ['related.id', 'childline'],
    ]);
  });

  it('keeps whole the values isLeaf accepts, such as references', () => {
    const isReference = (value: unknown) => typeof value === 'object' && value !== null && 'collection' in value;
    expect(leavesOf(data, { isLeaf: isReference }).at(-1)).toEqual({
      path: ['related'],
      value: { collection: 'contacts', id: 'childline' },
    });
  });
});

describe('stringLeaves', () => {
  it('keeps only strings and leaves out skipped fields', () => {
    expect(stringLeaves(data, { skipField: (name) => name === 'keywords' || name === 'related' }).map((leaf) => leaf.value)).toEqual([
      'Getting help',
      'Call',
      'Write down what happened',
    ]);
  });
});
