import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDecisionGuide } from '../../../../build/guide/decision-guide-checks';
import { knownIds, parseDecisionGuide, readDecisionGuide } from '../../../../build/guide/decision-guide-file';
import { loadContent } from '../../../../build/content/content-files';
import { findContentProblems } from '../../../../build/content/content-check-integration';
import { formatProblem } from '../../../../build/content/content-error';
import type { DecisionGuideInput } from '../../../../src/schemas/decision-guide';
import { sampleGuide as guide } from '../../guide/sample-guide';

const file = 'content/decision-guide.yaml';
const known = {
  contacts: new Set(['emergency-999', 'childline']),
  procedures: new Set(['making-a-referral-to-social-care']),
  guidance: new Set(['getting-help']),
};

const problems = (change: (input: DecisionGuideInput) => void) =>
  checkDecisionGuide(guide(change), file, known).map(formatProblem);
const question = (input: DecisionGuideInput, id: string) =>
  input.questions.find((item) => item.id === id) as DecisionGuideInput['questions'][number];
const outcome = (input: DecisionGuideInput, id: string) =>
  input.outcomes.find((item) => item.id === id) as DecisionGuideInput['outcomes'][number];

describe('checkDecisionGuide', () => {
  it("finds no problems in the site's guide", () => {
    const read = readDecisionGuide();
    expect(read?.problems).toEqual([]);
    expect(
      checkDecisionGuide(read?.guide ?? guide(), read?.file ?? file, knownIds(loadContent().entries)).map(formatProblem),
    ).toEqual([]);
  });

  it('finds no problems in a valid guide', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('errors if an answer leads to a step that does not exist', () => {
    expect(
      problems((input) => {
        (question(input, 'who-are-you').answers[1] as { next: string }).next = 'talk-to-childlin';
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/decision-guide.yaml → question "who-are-you" → answer "A young person": Leads to "talk-to-childlin", which is neither a question nor an outcome. Expected one of: immediate-danger, who-are-you, call-999, refer, talk.",
        "content/decision-guide.yaml → outcome "talk": No answer leads here from the start ("immediate-danger"), so no reader can reach it. Link an answer to it or remove it.",
      ]
    `);
  });

  it('errors if answers lead round in a loop', () => {
    expect(
      problems((input) => {
        (question(input, 'who-are-you').answers[0] as { next: string }).next = 'immediate-danger';
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/decision-guide.yaml → question "who-are-you" → answer "A professional": Leads back to "immediate-danger", making a loop (immediate-danger → who-are-you → immediate-danger). Every answer must lead on towards an outcome.",
        "content/decision-guide.yaml → outcome "refer": No answer leads here from the start ("immediate-danger"), so no reader can reach it. Link an answer to it or remove it.",
      ]
    `);
  });

  it('errors if a question leads back to itself', () => {
    expect(
      problems((input) => {
        (question(input, 'who-are-you').answers[1] as { next: string }).next = 'who-are-you';
      })[0],
    ).toMatchInlineSnapshot(
      `"content/decision-guide.yaml → question "who-are-you" → answer "A young person": Leads back to "who-are-you", making a loop (who-are-you → who-are-you). Every answer must lead on towards an outcome."`,
    );
  });

  it('errors if no answer leads to a question', () => {
    expect(
      problems((input) => {
        input.questions.push({
          id: 'orphan',
          question: 'Is anyone reading this?',
          answers: [
            { label: 'Yes', next: 'talk' },
            { label: 'No', next: 'refer' },
          ],
        });
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/decision-guide.yaml → question "orphan": No answer leads here from the start ("immediate-danger"), so no reader can reach it. Link an answer to it or remove it.",
      ]
    `);
  });

  it('errors if no answer leads to an outcome', () => {
    expect(
      problems((input) => {
        input.outcomes.push({
          id: 'unused',
          readers: ['young-people'],
          title: 'Never shown',
          summary: 'No answer leads to this outcome at all.',
          contacts: ['childline'],
        });
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/decision-guide.yaml → outcome "unused": No answer leads here from the start ("immediate-danger"), so no reader can reach it. Link an answer to it or remove it.",
      ]
    `);
  });

  it('errors if an outcome names a contact that does not exist', () => {
    expect(
      problems((input) => {
        outcome(input, 'talk').contacts = ['childline', 'child-line'];
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/decision-guide.yaml → outcome "talk" → contacts.1: No contacts entry has the id "child-line". Expected the file name (without .mdx) of a file in content/contacts/.",
      ]
    `);
  });

  it('errors if an outcome names a procedure that does not exist', () => {
    expect(
      problems((input) => {
        outcome(input, 'refer').procedures = [{ id: 'making-a-referral' }];
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/decision-guide.yaml → outcome "refer" → procedures.0.id: No procedures entry has the id "making-a-referral". Expected the file name (without .mdx) of a file in content/procedures/.",
      ]
    `);
  });

  it('errors if an outcome names a guidance page that does not exist', () => {
    expect(
      problems((input) => {
        outcome(input, 'talk').guidance = ['get-help'];
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/decision-guide.yaml → outcome "talk" → guidance.0: No guidance entry has the id "get-help". Expected the file name (without .mdx) of a file in content/guidance/.",
      ]
    `);
  });

  it('errors if an outcome points to an outcome that does not exist', () => {
    expect(
      problems((input) => {
        outcome(input, 'talk').seeAlso = ['refer', 'talk'];
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/decision-guide.yaml → outcome "talk" → seeAlso.1: "talk" is not another outcome of the guide. Expected one of: call-999, refer.",
      ]
    `);
  });

  it('errors if two steps have the same id', () => {
    expect(
      problems((input) => {
        outcome(input, 'talk').id = 'refer';
        (question(input, 'who-are-you').answers[1] as { next: string }).next = 'refer';
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/decision-guide.yaml → outcome "refer": Duplicate id "refer": another question or outcome already uses it. Give each step its own id.",
      ]
    `);
  });

  it('errors if the guide does not start at a question', () => {
    expect(
      problems((input) => {
        input.start = 'call-999';
      })[0],
    ).toMatchInlineSnapshot(
      `"content/decision-guide.yaml → start: The guide starts at "call-999", which is not a question. Expected one of: immediate-danger, who-are-you."`,
    );
  });
});

describe('parseDecisionGuide', () => {
  const yaml = (
    outcomeContacts: string,
    answers = '      - label: "Yes"\n        next: done\n      - label: "No"\n        next: done',
  ) => `start: first
questions:
  - id: first
    question: Is this a question?
    answers:
${answers}
outcomes:
  - id: done
    readers: [young-people]
    title: All done
    summary: This outcome is where every answer leads.
    contacts: ${outcomeContacts}
`;

  it('errors if an outcome names no contacts', () => {
    expect(parseDecisionGuide(file, yaml('[]')).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/decision-guide.yaml → outcome "done" → contacts: Expected at least one contact id, so the reader knows who to contact.",
      ]
    `);
  });

  it('errors if a question has only one answer', () => {
    expect(parseDecisionGuide(file, yaml('[childline]', '      - label: "Yes"\n        next: done')).problems.map(formatProblem))
      .toMatchInlineSnapshot(`
      [
        "content/decision-guide.yaml → question "first" → answers: Expected at least two answers: a question with one answer is not a choice.",
      ]
    `);
  });

  it('names the question and the answer when an answer has no next step', () => {
    expect(
      parseDecisionGuide(file, yaml('[childline]', '      - label: "Yes"\n      - label: "No"\n        next: done')).problems.map(
        formatProblem,
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/decision-guide.yaml → question "first" → answer "Yes" → next: Invalid input: expected string, received undefined",
      ]
    `);
  });

  it('gives the line of a YAML mistake as the line in the file', () => {
    expect(parseDecisionGuide(file, 'start: first\nquestions: []\noutcomes: one: two\n').problems.map(formatProblem)).toEqual([
      'content/decision-guide.yaml: The file is not valid YAML (line 3): Nested mappings are not allowed in compact mappings',
    ]);
  });

  it('errors with the line number if the file is not valid YAML', () => {
    expect(parseDecisionGuide(file, 'start: [unclosed\n').problems.map(formatProblem)[0]).toMatch(
      /^content\/decision-guide\.yaml: The file is not valid YAML \(line \d+\)/,
    );
  });
});

describe('the content check', () => {
  it('reports a broken guide with the file, the question and the answer', () => {
    expect(findContentProblems(join(import.meta.dirname, '../../../fixtures/broken-decision-guide/content')).map(formatProblem))
      .toMatchInlineSnapshot(`
      [
        "content/decision-guide.yaml → question "immediate-danger" → answer "Yes": Leads to "call-99", which is neither a question nor an outcome. Expected one of: immediate-danger, talk-to-childline.",
      ]
    `);
  });
});
