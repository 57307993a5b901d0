import { describe, expect, it } from 'vitest';
import { previousQuestions, reachableFrom, stepPath } from '../../../src/lib/guide/guide-graph';
import { guidePages, procedureHref } from '../../../src/lib/guide/decision-guide-pages';
import { sampleGuide as guide } from './sample-guide';

describe('previousQuestions and guidePages', () => {
  it('sends Back to the question a step is first reached from', () => {
    expect(Object.fromEntries(previousQuestions(guide()))).toEqual({
      'call-999': 'immediate-danger',
      'who-are-you': 'immediate-danger',
      refer: 'who-are-you',
      talk: 'who-are-you',
    });
  });

  it('sends Back from the first question to the start page', () => {
    expect(guidePages(guide()).map((page) => [page.step.id, page.kind, page.back])).toEqual([
      ['immediate-danger', 'question', '/worried/'],
      ['who-are-you', 'question', '/worried/immediate-danger/'],
      ['call-999', 'outcome', '/worried/immediate-danger/'],
      ['refer', 'outcome', '/worried/who-are-you/'],
      ['talk', 'outcome', '/worried/who-are-you/'],
    ]);
  });
});

describe('guidePages: the answers that lead to an outcome', () => {
  it('lists the answers in the reader’s own voice, not those that name a topic or say only yes', () => {
    const withVoices = guide((input) => {
      input.questions[1]!.answers.push(
        { label: "I'm being bullied online", next: 'talk' },
        { label: 'Someone shared a nude of me', next: 'talk' },
        { label: 'Bullying', next: 'talk' },
      );
    });
    const answeredBy = (id: string) =>
      guidePages(withVoices).flatMap((page) => (page.kind === 'outcome' && page.step.id === id ? page.answeredBy : []));
    expect(answeredBy('talk')).toEqual(["I'm being bullied online", 'Someone shared a nude of me']);
    expect(answeredBy('call-999')).toEqual([]);
  });
});

describe('reachableFrom', () => {
  it('lists every step a reader can reach, in the order a walk from the start meets them', () => {
    expect([...reachableFrom(guide())]).toEqual(['immediate-danger', 'call-999', 'who-are-you', 'refer', 'talk']);
  });

  it('leaves out a step no answer leads to', () => {
    const withOrphan = guide((input) => {
      input.outcomes.push({
        id: 'orphan',
        readers: ['young-people'],
        title: 'Nobody gets here',
        summary: 'No answer in the guide leads to this outcome.',
        contacts: ['childline'],
      });
    });
    expect(reachableFrom(withOrphan).has('orphan')).toBe(false);
  });

  it('reaches nothing when the start is not a question', () => {
    expect([...reachableFrom(guide((input) => void (input.start = 'call-999')))]).toEqual([]);
  });
});

describe('step and procedure links', () => {
  it("puts each step's page under /worried/", () => {
    expect(stepPath('who-are-you')).toBe('/worried/who-are-you/');
  });

  it('links an outcome to a procedure, or to one section of it', () => {
    expect([
      procedureHref({ id: 'making-a-referral-to-social-care' }),
      procedureHref({ id: 'online-harms', section: 'scope' }),
    ]).toEqual(['/procedures/making-a-referral-to-social-care/', '/procedures/online-harms/#scope']);
  });
});
