/**
 * The details a reader acts on, checked against the sources (seed file 001, March 2025, unless
 * noted). A wrong digit here sends a worried parent or a professional to the wrong place.
 */
import { describe, expect, it } from 'vitest';
import { loadContent, type EntryData } from '../../../build/content/content-files';
import { findTypedContactDetails } from '../../../build/content/contact-details';
import { formatProblem } from '../../../build/content/content-error';
import { describeHours } from '../../../src/lib/contacts/opening-hours';

const { entries } = loadContent();

function contact(id: string): EntryData<'contacts'> {
  const entry = entries.find((candidate) => candidate.collection === 'contacts' && candidate.id === id);
  if (!entry) throw new Error(`content/contacts/${id}.mdx is missing`);
  return entry.data as EntryData<'contacts'>;
}

const numbers = (id: string) => contact(id).phones.map((phone) => phone.number);

describe('the contact details readers act on', () => {
  it('gives the Professionals Online Safety Helpline number as 0344 381 4772', () => {
    expect(numbers('professionals-online-safety-helpline')).toEqual(['0344 381 4772']);
  });

  it('gives the Professionals Online Safety Helpline e-mail as helpline@saferinternet.org.uk', () => {
    expect(contact('professionals-online-safety-helpline').email).toBe('helpline@saferinternet.org.uk');
  });

  it('never gives the superseded 0844 381 4772 anywhere in content', () => {
    const mentions = entries
      .filter((entry) => /0844[\s-]*381[\s-]*4772/.test(JSON.stringify(entry.data) + entry.body))
      .map((entry) => entry.file);
    expect(mentions).toEqual([]);
  });

  it('gives Starting Point (Derbyshire) as 01629 535 353, Monday to Friday, 10am to 4pm', () => {
    const startingPoint = contact('starting-point');
    expect([numbers('starting-point'), startingPoint.area, describeHours(startingPoint.hours ?? [])]).toEqual([
      ['01629 535 353'],
      'derbyshire',
      'Monday to Friday, 10am to 4pm',
    ]);
  });

  it('gives the Derby City Professional Consultation Line as 07812 300 329, Monday to Friday, 10am to 4pm', () => {
    const derbyLine = contact('derby-professional-consultation-line');
    expect([numbers('derby-professional-consultation-line'), derbyLine.area, describeHours(derbyLine.hours ?? [])]).toEqual([
      ['07812 300 329'],
      'derby-city',
      'Monday to Friday, 10am to 4pm',
    ]);
  });

  it('gives Childline as 0800 1111 for anyone under 19 in the UK', () => {
    expect([numbers('childline'), contact('childline').eligibility]).toEqual([['0800 1111'], 'Anyone under 19 in the UK']);
  });

  it('gives 999 as the number to call when a child is at immediate risk of harm', () => {
    expect([numbers('emergency-999'), contact('emergency-999').kind, contact('emergency-999').purpose]).toEqual([
      ['999'],
      'emergency',
      'Call 999 when a child is at immediate risk of harm.',
    ]);
  });

  it('gives the Derbyshire Constabulary Cyber Team e-mail as cyber@derbyshire.police.uk', () => {
    expect(contact('derbyshire-police-cyber-team').email).toBe('cyber@derbyshire.police.uk');
  });

  it('gives the National Working Group number as 01332 585371, from its 2017 source', () => {
    expect([numbers('national-working-group'), contact('national-working-group').sources]).toEqual([
      ['01332 585371'],
      ['professionals-information-page'],
    ]);
  });

  it('gives Report Remove as for young people under 18 in the UK', () => {
    expect(contact('report-remove').eligibility).toBe('Young people under 18 in the UK');
  });

  it('gives no contact a phone number the sources do not give', () => {
    const given = [
      ...['999', '0800 1111', '0344 381 4772', '01629 535 353', '07812 300 329', '01332 585371'],
      // From the official pages in OFFICIAL-ADDITIONS.md.
      ...['0808 800 5000', '101', '01629 532 600', '01332 641172', '0800 789 321'],
    ];
    const others = entries
      .filter((entry) => entry.collection === 'contacts')
      .flatMap((entry) => (entry.data as EntryData<'contacts'>).phones.map((phone) => phone.number))
      .filter((number) => !given.includes(number));
    expect(others).toEqual([]);
  });
});

describe('the contact details from official pages (OFFICIAL-ADDITIONS.md, read November 2026)', () => {
  it('gives the NSPCC Helpline as 0808 800 5000 and help@nspcc.org.uk, with no hours (its pages disagree)', () => {
    const helpline = contact('nspcc-helpline');
    expect([numbers('nspcc-helpline'), helpline.email, helpline.hours, helpline.sources]).toEqual([
      ['0808 800 5000'],
      'help@nspcc.org.uk',
      undefined,
      ['nspcc-report-abuse'],
    ]);
  });

  it('gives the police non-emergency number as 101', () => {
    expect([numbers('police-non-emergency'), contact('police-non-emergency').area]).toEqual([['101'], 'national']);
  });

  it('gives Call Derbyshire as 01629 532 600, not the older 01629 533190, for Derbyshire', () => {
    expect([numbers('call-derbyshire'), contact('call-derbyshire').area, contact('call-derbyshire').sources]).toEqual([
      ['01629 532 600'],
      'derbyshire',
      ['derbyshire-requests-for-support'],
    ]);
  });

  it('gives Derby City’s Initial Response Team as 01332 641172', () => {
    expect([numbers('derby-initial-response-team'), contact('derby-initial-response-team').area]).toEqual([
      ['01332 641172'],
      'derby-city',
    ]);
  });

  it('gives the Derby City Care Line’s hours and no number, since its source gives none', () => {
    const careLine = contact('derby-city-care-line');
    expect([careLine.phones, describeHours(careLine.hours ?? [], careLine.bankHolidays)]).toEqual([
      [],
      'Monday to Friday, 5pm to 9am; Saturday and Sunday, 24 hours; bank holidays, 24 hours',
    ]);
  });

  it('gives the Anti-Terrorist Hotline as 0800 789 321 on the ACT contact, around the clock', () => {
    const act = contact('act-action-counters-terrorism');
    expect([act.phones, describeHours(act.hours ?? [])]).toEqual([
      [{ number: '0800 789 321', label: 'Anti-Terrorist Hotline' }],
      'Every day, 24 hours',
    ]);
  });

  it('shows Childline as open 24 hours', () => {
    expect(describeHours(contact('childline').hours ?? [])).toBe('Every day, 24 hours');
  });

  it('never gives the older Call Derbyshire number 01629 533190 anywhere in content', () => {
    const mentions = entries
      .filter((entry) => /01629[\s-]*533[\s-]*190/.test(JSON.stringify(entry.data) + entry.body))
      .map((entry) => entry.file);
    expect(mentions).toEqual([]);
  });
});

describe('where every contact’s details come from', () => {
  it('names at least one source for every contact and claims no check', () => {
    const contacts = entries.filter((entry) => entry.collection === 'contacts');
    expect(
      contacts.filter((entry) => {
        const data = entry.data as EntryData<'contacts'>;
        return data.sources.length === 0 || data.checked !== undefined;
      }),
    ).toEqual([]);
  });
});

describe('phone numbers and e-mail addresses in prose', () => {
  it('appear in no page outside content/contacts', () => {
    expect(findTypedContactDetails(entries).map(formatProblem)).toEqual([]);
  });
});
