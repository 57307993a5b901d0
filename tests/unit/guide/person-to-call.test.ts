import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { isCallableBy, outcomesWithoutAPersonToCall, type CallableContact } from '../../../src/lib/guide/person-to-call';
import { findContentProblems } from '../../../build/content/content-check-integration';
import { formatProblem } from '../../../build/content/content-error';
import { decisionGuideSchema, type DecisionGuideInput } from '../../../src/schemas/decision-guide';

const contacts = new Map<string, CallableContact>([
  ['emergency-999', { audiences: ['parents-carers', 'young-people', 'professionals'], kind: 'emergency', hasPhone: true }],
  ['childline', { audiences: ['young-people'], kind: 'helpline', hasPhone: true }],
  ['nspcc-helpline', { audiences: ['parents-carers', 'professionals'], kind: 'helpline', hasPhone: true }],
  ['internet-watch-foundation', { audiences: ['parents-carers', 'professionals'], kind: 'report', hasPhone: false }],
]);

function guideWith(outcome: Partial<DecisionGuideInput['outcomes'][number]>) {
  return decisionGuideSchema.parse({
    start: 'who',
    questions: [
      {
        id: 'who',
        question: 'Who are you?',
        answers: [
          { label: 'Anyone', next: 'outcome' },
          { label: 'Someone', next: 'outcome' },
        ],
      },
    ],
    outcomes: [
      {
        id: 'outcome',
        title: 'What to do',
        summary: 'What to do when you are worried.',
        readers: ['parents-carers'],
        contacts: ['childline'],
        ...outcome,
      },
    ],
  });
}
const problems = (outcome: Partial<DecisionGuideInput['outcomes'][number]>) =>
  outcomesWithoutAPersonToCall(guideWith(outcome), 'content/decision-guide.yaml', contacts).map(formatProblem);

describe('isCallableBy', () => {
  it('counts a helpline with a phone for its own audience', () => {
    expect(isCallableBy(contacts.get('nspcc-helpline') as CallableContact, 'parents-carers')).toBe(true);
  });

  it('does not count Childline for a parent', () => {
    expect(isCallableBy(contacts.get('childline') as CallableContact, 'parents-carers')).toBe(false);
  });

  it('does not count 999, which is for emergencies only', () => {
    expect(isCallableBy(contacts.get('emergency-999') as CallableContact, 'young-people')).toBe(false);
  });

  it('does not count a contact without a phone', () => {
    expect(isCallableBy(contacts.get('internet-watch-foundation') as CallableContact, 'parents-carers')).toBe(false);
  });
});

describe('outcomesWithoutAPersonToCall', () => {
  it('accepts an outcome with a number for every reader', () => {
    expect(problems({ readers: ['parents-carers', 'young-people'], contacts: ['childline', 'nspcc-helpline'] })).toEqual([]);
  });

  it("errors if a parents' outcome offers only Childline and 999", () => {
    expect(problems({ contacts: ['childline', 'emergency-999'] })).toMatchInlineSnapshot(`
      [
        "content/decision-guide.yaml → outcome "outcome" → contacts: No contact here has a phone number for parents-carers other than 999 (contacts: childline, emergency-999). Add a contact whose audiences include "parents-carers" and that has a phone, or remove "parents-carers" from this outcome's readers.",
      ]
    `);
  });

  it('errors once for each reader left without a number', () => {
    expect(problems({ readers: ['young-people', 'professionals'], contacts: ['internet-watch-foundation'] })).toHaveLength(2);
  });
});

describe('a content folder whose guide leaves a parent without a number', () => {
  it('fails the content check with the file, the outcome and what to add', () => {
    const messages = findContentProblems(join('tests/fixtures/guide-without-a-person/content')).map(formatProblem);
    expect(messages).toEqual([
      'content/decision-guide.yaml → outcome "parent-outcome" → contacts: No contact here has a phone number for parents and carers other than 999 (contacts: childline, emergency-999). Add a contact whose audiences include "parents-carers" and that has a phone, or remove "parents-carers" from this outcome\'s readers.',
    ]);
  });
});

describe("the site's guide", () => {
  it('offers every reader of every outcome a number they can call other than 999', () => {
    const guideProblems = findContentProblems().filter((problem) => problem.file.endsWith('decision-guide.yaml'));
    expect(guideProblems.map(formatProblem)).toEqual([]);
  });
});
