import { decisionGuideSchema, type DecisionGuideInput } from '../../../src/schemas/decision-guide';

/** A small valid guide: danger? → 999, or → who? → two outcomes. */
export function sampleGuide(change: (input: DecisionGuideInput) => void = () => {}) {
  const input: DecisionGuideInput = {
    start: 'immediate-danger',
    questions: [
      {
        id: 'immediate-danger',
        question: 'Is a child in immediate danger?',
        answers: [
          { label: 'Yes', next: 'call-999' },
          { label: 'No', next: 'who-are-you' },
        ],
      },
      {
        id: 'who-are-you',
        question: 'Who are you?',
        answers: [
          { label: 'A professional', next: 'refer' },
          { label: 'A young person', next: 'talk' },
        ],
      },
    ],
    outcomes: [
      {
        id: 'call-999',
        readers: ['parents-carers'],
        title: 'Call 999 now',
        summary: 'If a child is in immediate danger, call 999.',
        contacts: ['emergency-999'],
      },
      {
        id: 'refer',
        readers: ['professionals'],
        title: 'Make a referral',
        summary: "Make a referral to Children's Social Care.",
        contacts: ['emergency-999'],
        procedures: [{ id: 'making-a-referral-to-social-care' }],
      },
      {
        id: 'talk',
        readers: ['young-people'],
        title: 'Talk to Childline',
        summary: 'Young people can talk to Childline about anything.',
        contacts: ['childline'],
        guidance: ['getting-help'],
      },
    ],
  };
  change(input);
  return decisionGuideSchema.parse(input);
}
