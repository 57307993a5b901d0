/**
 * Every number in the seeds' OFFICIAL-ADDITIONS.md, as readers meet it: a click-to-call link on
 * its contact's page, beside the official page it was read on.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { telHref } from '../../src/lib/contacts/phone';
import { describeSource, type SourceId } from '../../src/lib/content/sources';
import { decodeHtml, distDir } from './built-site';

const official: { contact: string; number: string; source: SourceId }[] = [
  { contact: 'nspcc-helpline', number: '0808 800 5000', source: 'nspcc-report-abuse' },
  { contact: 'police-non-emergency', number: '101', source: 'ddscp-professionals-and-volunteers' },
  { contact: 'call-derbyshire', number: '01629 532 600', source: 'derbyshire-requests-for-support' },
  { contact: 'derby-initial-response-team', number: '01332 641172', source: 'derby-initial-response-team' },
  { contact: 'childline', number: '0800 1111', source: 'nspcc-learning-childline' },
  { contact: 'act-action-counters-terrorism', number: '0800 789 321', source: 'police-anti-terrorist-hotline' },
];

const page = (id: string) => readFileSync(join(distDir, 'contacts', id, 'index.html'), 'utf8');
const text = (html: string) => decodeHtml(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ');

describe('numbers from official pages on their contact pages', () => {
  it('has a built page for each', () => {
    expect(official.filter(({ contact }) => !existsSync(join(distDir, 'contacts', contact, 'index.html')))).toEqual([]);
  });

  it.each(official)(
    'shows $number as a click-to-call link on /contacts/$contact/, with its source',
    ({ contact, number, source }) => {
      const html = page(contact);
      const link = new RegExp(`<a href="${telHref(number).replace('+', '\\+')}"[^>]*>\\s*${number}\\s*</a>`);
      expect([link.test(html), text(html).includes(describeSource(source))]).toEqual([true, true]);
    },
  );

  it('shows the Derby City Care Line’s hours and its source, with no number', () => {
    const html = page('derby-city-care-line');
    expect([
      text(html).includes('Monday to Friday, 5pm to 9am; Saturday and Sunday, 24 hours; bank holidays, 24 hours (UK time)'),
      text(html).includes(`Source: ${describeSource('derby-care-line-protocol')}.`),
      // Its own details only: "When closed" beside its hours names other services' numbers.
      /href="tel:/.test(html.slice(html.indexOf('data-contact="derby-city-care-line"'), html.indexOf('data-when-closed'))),
    ]).toEqual([true, true, false]);
  });

  it('shows the NSPCC Helpline with no opening hours and so no open-now badge', () => {
    expect(page('nspcc-helpline').includes('data-hours')).toBe(false);
  });
});
