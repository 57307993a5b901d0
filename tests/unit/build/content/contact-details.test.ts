import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { findEmailAddresses, findPhoneNumbers, findTypedContactDetails } from '../../../../build/content/contact-details';
import { loadContent } from '../../../../build/content/content-files';
import { formatProblem } from '../../../../build/content/content-error';

describe('findPhoneNumbers', () => {
  it('finds a national number written in groups', () => {
    expect(findPhoneNumbers('Call 0344 381 4772 today.')).toEqual(['0344 381 4772']);
  });

  it('finds a number written without spaces', () => {
    expect(findPhoneNumbers('Ring 01332585371.')).toEqual(['01332585371']);
  });

  it('finds a number written with hyphens', () => {
    expect(findPhoneNumbers('Tel: 07812-300-329')).toEqual(['07812-300-329']);
  });

  it('finds a number written in international form', () => {
    expect(findPhoneNumbers('From abroad, +44 1629 535353.')).toEqual(['+44 1629 535353']);
  });

  it('finds a short freephone number', () => {
    expect(findPhoneNumbers('Childline is on 0800 1111.')).toEqual(['0800 1111']);
  });

  it('finds 999 standing alone', () => {
    expect(findPhoneNumbers('If a child is in danger, call 999.')).toEqual(['999']);
  });

  it('ignores dates, years, statistics and section numbers', () => {
    expect(findPhoneNumbers('On 2025-03-14, 57.89% said so; section 111 of the 2003 Act; 1978 c. 37; aged 11 to 16.')).toEqual([]);
  });

  it('ignores digits inside a web address', () => {
    expect(findPhoneNumbers('See https://doi.org/10.21241/ssoar.71817 and /ukpga/1978/37/section/1.')).toEqual([]);
  });
});

describe('findEmailAddresses', () => {
  it('finds an e-mail address in a sentence', () => {
    expect(findEmailAddresses('Email cyber@derbyshire.police.uk for help.')).toEqual(['cyber@derbyshire.police.uk']);
  });

  it('finds nothing in a sentence without an address', () => {
    expect(findEmailAddresses('Email the cyber team through its contact page.')).toEqual([]);
  });
});

describe('findTypedContactDetails', () => {
  it('reports a phone number and an e-mail address typed into a guidance page, and nothing in contacts', () => {
    const { entries } = loadContent(join(import.meta.dirname, '../../../fixtures/typed-contact-details/content'));
    expect(findTypedContactDetails(entries).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/guidance/getting-help.mdx → body line 4: Found the phone number "0800 1111" typed into the text. Keep phone numbers and e-mail addresses in content/contacts/ and embed them with <ContactLink id="…" phone /> or <Contact id="…" />.",
        "content/guidance/getting-help.mdx → body line 4: Found the e-mail address "helpline@saferinternet.org.uk" typed into the text. Keep phone numbers and e-mail addresses in content/contacts/ and embed them with <ContactLink id="…" phone /> or <Contact id="…" />.",
      ]
    `);
  });
});

describe('short service numbers', () => {
  it('takes 101, 111 and 999 for phone numbers after a word for phoning, and in a list that follows one', () => {
    expect(findPhoneNumbers('Call the police on 101. Dial 999 or 101. Ring NHS 111.')).toEqual(['101', '999', '101', '111']);
  });

  it('does not take a 101 or 111 in other text for a phone number', () => {
    expect(findPhoneNumbers('Page 101 of the report; Room 111; based on 101 responses; Privacy 101.')).toEqual([]);
  });
});
