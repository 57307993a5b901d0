/**
 * Facts a reader relies on, checked against the real content through the same schemas the site
 * uses. Each expected value comes from the source documents in /work/shared/seeds (file 001, the
 * March 2025 procedures chapter, wins where they disagree) or from legislation.gov.uk.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../../../src/lib/content/content-root';
import { reviewDue } from '../../../src/lib/content/review';
import { site } from '../../../src/site.config';
import { loadContent, type EntryData, type LoadedEntry } from '../../../build/content/content-files';
import { isoDay } from '../../../src/lib/content/dates';
import type { CollectionName } from '../../../src/schemas';
import { stringLeaves } from '../../../build/content/data-leaves';

const { entries } = loadContent();

function entry<Name extends CollectionName>(collection: Name, id: string): LoadedEntry<Name> & { data: EntryData<Name> } {
  const found = entries.find((candidate) => candidate.collection === collection && candidate.id === id);
  if (!found) throw new Error(`content/${collection}/${id}.mdx is missing`);
  return found as LoadedEntry<Name> & { data: EntryData<Name> };
}

// Explicit heading ids, written as an MDX comment holding "#id" at the end of an h2-h4 heading.
function explicitHeadingIds(body: string): string[] {
  return [...body.matchAll(/^#{2,4} .*\{\/\* #([a-z0-9-]+)/gm)].map((match) => match[1] ?? '');
}

/** Every string in an entry's data except search keywords and glossary aliases (which hold old names on purpose) and the ids in references. */
function proseFields(data: unknown): string[] {
  return stringLeaves(data, { skipField: (name) => ['keywords', 'aliases', 'id'].includes(name) }).map((leaf) => leaf.value);
}

/** Sentences (roughly) that contain a phrase, across every entry's body and prose fields. */
function sentencesContaining(phrase: string): { file: string; sentence: string }[] {
  return entries.flatMap((candidate) =>
    [candidate.body, ...proseFields(candidate.data)]
      .flatMap((text) => text.split(/(?<=[.!?])\s+|\n+/))
      .filter((sentence) => sentence.includes(phrase))
      .map((sentence) => ({ file: candidate.file, sentence })),
  );
}

const onlineHarms = entry('procedures', 'safeguarding-children-from-online-harms');

describe('the online harms procedure', () => {
  it('is version 53, last updated on 14 March 2025, with no review date of its own (no source gives one)', () => {
    expect({
      version: onlineHarms.data.version,
      lastUpdated: isoDay(onlineHarms.data.lastUpdated),
      nextReview: onlineHarms.data.nextReview,
    }).toEqual({ version: '53', lastUpdated: '2025-03-14', nextReview: undefined });
  });

  it('records the March 2025 refresh as an amendment', () => {
    expect(onlineHarms.data.amendments.map((amendment) => `${isoDay(amendment.date)}: ${amendment.change}`)).toEqual([
      '2025-03-14: The chapter was refreshed throughout and should be re-read.',
    ]);
  });

  it.each(['content', 'contact', 'conduct', 'commerce'])('names the %s risk of the 4Cs with a link to its page', (risk) => {
    expect(onlineHarms.body).toContain(`<RiskLink id="${risk}" />`);
  });

  it.each([
    'introduction',
    'understanding-online-risk',
    'vulnerable-groups',
    'legislation',
    'what-online-safety-is',
    'roles-and-responsibilities',
    'victim-blaming-language',
    'parents-and-carers',
    'responding-to-concerns',
    'early-help',
    'professionals-helpline',
    'cyber-choices',
    'sharing-nudes-and-semi-nudes',
    'viewing-images',
    'which-procedure-applies',
    'consultation-and-advice',
    'referral-to-childrens-social-care',
    'police-pcot',
    'strategy-discussions',
    'related-guidance',
  ])('has a section with the id "%s"', (id) => {
    expect(explicitHeadingIds(onlineHarms.body)).toContain(id);
  });

  it('leaves the "scope" id to the scope the page shows above the sections', () => {
    expect({ scopeHeadingInBody: explicitHeadingIds(onlineHarms.body).includes('scope'), scope: onlineHarms.data.scope }).toEqual(
      { scopeHeadingInBody: false, scope: expect.stringContaining("refer to Children's Social Care") },
    );
  });

  it('gives each section a different id', () => {
    const ids = explicitHeadingIds(onlineHarms.body);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('sends readers to both consultation lines by their contact entries', () => {
    expect([
      onlineHarms.body.includes('<Contact id="starting-point"'),
      onlineHarms.body.includes('<Contact id="derby-professional-consultation-line"'),
    ]).toEqual([true, true]);
  });

  it('tells practitioners they must call 999 through the emergency contact when a child is at immediate risk', () => {
    expect(onlineHarms.body).toMatch(
      /immediate risk of harm, the practitioner must contact the <ContactLink id="emergency-999" phone \/>/,
    );
  });

  it('gives the Professionals Online Safety Helpline with its phone and e-mail from the contacts collection', () => {
    expect(onlineHarms.body).toContain('<ContactLink id="professionals-online-safety-helpline" phone email />');
  });

  it('names the current guidance on sharing nudes and semi-nudes with its March 2024 update', () => {
    expect(onlineHarms.body).toContain(
      '"Sharing nudes and semi-nudes: advice for education settings working with children and young people" (updated March 2024)',
    );
  });

  it('says imagery must not be viewed without a good and clear reason that is recorded', () => {
    expect(onlineHarms.body).toContain(
      'should not be viewed unless there is a good and clear reason to do so. Any decision to view them should be based on professional judgement and clearly recorded.',
    );
  });

  it('says removing a device is a last resort', () => {
    expect(onlineHarms.body).toContain('Removing a device should only be considered as a last resort');
  });

  it('links every procedure it sends readers to', () => {
    const linked = [...onlineHarms.body.matchAll(/<ProcedureLink id="([a-z0-9-]+)"/g)].map((match) => match[1]);
    expect(onlineHarms.data.relatedProcedures.map((reference) => reference.id).filter((id) => !linked.includes(id))).toEqual([]);
  });
});

const summarisedProcedures = [
  'children-at-risk-of-exploitation',
  'radicalisation-and-violent-extremism',
  'domestic-abuse',
  'children-who-present-a-risk-of-harm-to-others',
  'sexually-active-children-under-18',
  'allegations-against-staff-carers-and-volunteers',
  'individuals-who-pose-a-risk-of-harm-to-children',
  'making-a-referral-to-social-care',
  'section-47-enquiries-and-strategy-discussions',
  'providing-early-help',
];

describe('the procedures held in the manual', () => {
  it.each(summarisedProcedures)(
    '%s says its full text is in the procedures manual and when to use it, with no invented version',
    (id) => {
      const { data } = entry('procedures', id);
      expect({ fullTextIn: data.fullTextIn, hasWhenToUse: (data.whenToUse ?? '').length > 0, version: data.version }).toEqual({
        fullTextIn: 'procedures-manual',
        hasWhenToUse: true,
        version: undefined,
      });
    },
  );

  it.each(summarisedProcedures)('%s links back to the online harms procedure', (id) => {
    expect(entry('procedures', id).data.relatedProcedures.map((reference) => reference.id)).toContain(
      'safeguarding-children-from-online-harms',
    );
  });

  it('uses the domestic abuse procedure for people aged 16 or over, as the chapter says', () => {
    expect(entry('procedures', 'domestic-abuse').data.whenToUse).toContain('aged 16 or over');
  });
});

describe('legislation', () => {
  it.each([
    ['protection-of-children-act-1978', 1978, '1978 c. 37'],
    ['sexual-offences-act-2003', 2003, '2003 c. 42'],
    ['serious-crime-act-2015', 2015, '2015 c. 9'],
    ['voyeurism-offences-act-2019', 2019, '2019 c. 2'],
    ['online-safety-act-2023', 2023, '2023 c. 50'],
    ['children-act-1989', 1989, '1989 c. 41'],
  ])('%s has the year %i, the citation %s and its official address', (id, year, citation) => {
    const { data } = entry('legislation', id);
    const chapter = citation.split('c. ')[1];
    expect({ year: data.year, citation: data.citation, url: data.url }).toEqual({
      year,
      citation,
      url: `https://www.legislation.gov.uk/ukpga/${year}/${chapter}/contents`,
    });
  });

  it('links every section to its own page of the same Act on legislation.gov.uk', () => {
    const wrong = entries
      .filter((candidate): candidate is LoadedEntry<'legislation'> => candidate.collection === 'legislation')
      .flatMap((act) =>
        act.data.sections
          .filter((section) => section.url !== act.data.url.replace(/contents$/, `section/${section.number}`))
          .map((section) => `${act.id} section ${section.number}`),
      );
    expect(wrong).toEqual([]);
  });

  it('dates section 15A, sexual communication with a child, to 3 April 2017', () => {
    const act = entry('legislation', 'sexual-offences-act-2003');
    expect(act.data.inForce.filter((item) => item.what.includes('15A')).map((item) => isoDay(item.date))).toEqual(['2017-04-03']);
  });

  it('gives section 15A a maximum sentence of 2 years in England and Wales', () => {
    const section = entry('legislation', 'sexual-offences-act-2003').data.sections.find(
      (candidate) => candidate.number === '15A',
    );
    expect(section?.summary).toMatch(/England and Wales.*maximum sentence of 2 years/);
  });

  it('names the sections of the Sexual Offences Act 2003 the sources rely on', () => {
    expect(entry('legislation', 'sexual-offences-act-2003').data.sections.map((section) => section.number)).toEqual([
      '15',
      '15A',
      '45',
    ]);
  });

  it('dates the Online Safety Act 2023 offences to 31 January 2024', () => {
    expect(entry('legislation', 'online-safety-act-2023').data.inForce.map((item) => isoDay(item.date))).toEqual(['2024-01-31']);
  });

  it('lists the six Online Safety Act 2023 offences the procedure names', () => {
    expect(entry('legislation', 'online-safety-act-2023').data.offences).toEqual([
      'Encouraging or assisting serious self-harm.',
      'Cyberflashing.',
      'Sending false information intended to cause non-trivial harm.',
      'Threatening communications.',
      'Intimate image abuse.',
      'Epilepsy trolling.',
    ]);
  });

  it('describes the three kinds of duty the Online Safety Act 2023 places on services', () => {
    const body = entry('legislation', 'online-safety-act-2023').body;
    expect(
      [
        'duties about illegal content',
        'duties about content that is harmful to children',
        'duties for categorised services',
      ].filter((duty) => !body.includes(duty)),
    ).toEqual([]);
  });

  it('calls upskirting an offence under the Voyeurism (Offences) Act 2019', () => {
    expect(entry('legislation', 'voyeurism-offences-act-2019').data.offences[0]).toMatch(/^Upskirting/);
  });
});

describe('old and superseded names', () => {
  it('uses "Sex Offences Act" only in a sentence that gives the correct title', () => {
    expect(sentencesContaining('Sex Offences Act').filter(({ sentence }) => !sentence.includes('Sexual Offences Act'))).toEqual(
      [],
    );
  });

  it('uses "UKCCIS" only in a sentence that gives the current name, UKCIS', () => {
    expect(sentencesContaining('UKCCIS').filter(({ sentence }) => !sentence.replaceAll('UKCCIS', '').includes('UKCIS'))).toEqual(
      [],
    );
  });

  it('never gives the superseded 0844 number for the Professionals Online Safety Helpline', () => {
    expect(sentencesContaining('0844')).toEqual([]);
  });

  it('types no phone number or e-mail address in procedures, legislation, risks or documents', () => {
    const typed = entries
      .filter((candidate) => ['procedures', 'legislation', 'risks', 'documents'].includes(candidate.collection))
      // Component tags name contacts by id (emergency-999); only the text around them is prose.
      .flatMap((candidate) =>
        [
          ...`${candidate.body.replaceAll(/<[A-Z][^>]*>/g, '')}\n${proseFields(candidate.data).join('\n')}`.matchAll(
            /\b(?:0\d{3,4} ?\d{3} ?\d{3,4}|999|0800 ?1111)\b|[\w.+-]+@[\w-]+\.[\w.]+/g,
          ),
        ].map((match) => `${candidate.file}: ${match[0]}`),
      );
    expect(typed).toEqual([]);
  });
});

describe('online risks', () => {
  it.each([
    ['content', 1, 'engages with or is exposed to'],
    ['contact', 2, 'experiences or is targeted by'],
    ['conduct', 3, 'witnesses, participates in or is a victim of'],
    ['commerce', 4, 'is party to and/or exploited by'],
  ])('%s is C number %i of the CO:RE 4Cs, where the child %s', (id, order, childRole) => {
    const { data } = entry('risks', id);
    expect({
      framework: data.framework,
      order: data.order,
      childRole: data.childRole,
      definitionStartsWithRole: data.definition.startsWith(`The child ${childRole}`),
    }).toEqual({ framework: 'core-4cs', order, childRole, definitionStartsWithRole: true });
  });

  it('keeps the cross-cutting risks apart from the four Cs', () => {
    expect(entry('risks', 'cross-cutting-risks').data.framework).toBe('cross-cutting');
  });

  it("presents the 3 × 4 matrix as the dated strategy's own framework", () => {
    const { data } = entry('risks', 'strategy-2017-risk-matrix');
    expect({ framework: data.framework, title: data.title }).toEqual({
      framework: 'strategy-2017-matrix',
      title: expect.stringContaining('2017'),
    });
  });

  it('shows the matrix as a table of content, contact and conduct against commercial, aggressive, sexual and values', () => {
    const headers = [...entry('risks', 'strategy-2017-risk-matrix').body.matchAll(/<th scope="(?:col|row)">([A-Za-z]+)/g)].map(
      (match) => match[1],
    );
    expect(headers).toEqual(['Commercial', 'Aggressive', 'Sexual', 'Values', 'Content', 'Contact', 'Conduct']);
  });

  it('never points a 4Cs page at the older matrix as if it were current', () => {
    const fourCs = ['content', 'contact', 'conduct', 'commerce'].map((id) => entry('risks', id));
    expect(fourCs.filter((risk) => risk.body.includes('strategy-2017-risk-matrix')).map((risk) => risk.id)).toEqual([]);
  });
});

describe('the 2017 online safety strategy', () => {
  const strategy = entry('documents', 'online-safety-strategy');

  it('carries its date and says it is historical', () => {
    expect({ dateWritten: strategy.data.dateWritten, status: strategy.data.status }).toEqual({
      dateWritten: expect.stringContaining('2017'),
      status: expect.stringMatching(/historical.*Derby and Derbyshire Safeguarding Children Partnership.*online harms procedure/),
    });
  });

  it.each([
    'Byron Review, 2008',
    'London Grid for Learning e-safety survey, 2015',
    'CHILDWISE Monitor, 2015',
    'Derbyshire Youth Council survey, January 2017',
  ])('gives the source and year of its statistics: %s', (heading) => {
    expect(strategy.body).toContain(`### ${heading} `);
  });

  it('keeps the Derbyshire Youth Council figures exact', () => {
    expect(strategy.body).toContain('fake profiles (57.89%), followed by grooming (42.11%)');
  });

  it.each(['Prevention', 'Protection', 'Prosecution and diversion'])('sets out the %s strand', (strand) => {
    expect(strategy.body).toContain(`### ${strand} `);
  });
});

describe('review dates', () => {
  it('gives no page a review date of its own, since no source gives one (the invented 14 March 2027 must not return)', () => {
    const withOwnDate = entries
      .filter((candidate) => 'nextReview' in candidate.data && candidate.data.nextReview !== undefined)
      .map((candidate) => candidate.file);
    expect(withOwnDate).toEqual([]);
  });

  it('takes review dates from the partnership’s setting in src/site.config.ts', () => {
    expect(reviewDue(onlineHarms.data.lastUpdated, undefined, site.reviewPolicy)).toEqual({
      date: new Date('2026-03-14T00:00:00Z'),
      basis: "set by this site's rule of reviewing each page within a year of its last update",
    });
  });
});

describe('corrections from checking the site against its sources (issue 12)', () => {
  const guideText = readFileSync(join(contentRoot(), 'decision-guide.yaml'), 'utf8');
  const everyText = () => [
    ...entries.flatMap((candidate) =>
      [candidate.body, ...proseFields(candidate.data)].map((text) => ({ file: candidate.file, text })),
    ),
    { file: 'content/decision-guide.yaml', text: guideText },
  ];
  const sentences = () =>
    everyText().flatMap(({ file, text }) => text.split(/(?<=[.!?])\s+|\n+/).map((sentence) => ({ file, sentence })));

  it('credits one communication being enough for the grooming offence (section 15) to the Criminal Justice and Courts Act 2015', () => {
    // legislation.gov.uk: section 36 of the Criminal Justice and Courts Act 2015 (2015 c. 2) amended section 15(1)(a).
    const attributedToSeriousCrimeAct = sentences().filter(
      ({ sentence }) =>
        /serious.crime.act.2015|Serious Crime Act/i.test(sentence) &&
        /one occasion|just once|one communication/i.test(sentence) &&
        !/Criminal Justice and Courts Act 2015|says/.test(sentence),
    );
    expect(attributedToSeriousCrimeAct).toEqual([]);
  });

  it('names section 36 of the Criminal Justice and Courts Act 2015 on both Acts’ pages and in the procedure, noting the chapter’s wording', () => {
    const link = '[Criminal Justice and Courts Act 2015](https://www.legislation.gov.uk/ukpga/2015/2/section/36)';
    const pages = [entry('legislation', 'sexual-offences-act-2003'), entry('legislation', 'serious-crime-act-2015'), onlineHarms];
    expect(
      pages.map((page) => [
        page.id,
        page.body.toLowerCase().includes(`section 36 of the ${link}`.toLowerCase()),
        /says the Serious Crime Act 2015 made this change|procedure says this Act also changed/.test(page.body),
      ]),
    ).toEqual(pages.map((page) => [page.id, true, true]));
  });

  it('never says the Serious Crime Act 2015 summary changed the grooming offence', () => {
    expect(entry('legislation', 'serious-crime-act-2015').data.summary).not.toMatch(/meet/);
  });

  it('keeps "reasonably believes … under 16" wherever the sexual communication offence is described', () => {
    const descriptions = sentences().filter(
      ({ sentence }) =>
        /offence|crime|applies to/i.test(sentence) &&
        /sexual messages|sexual communication/i.test(sentence) &&
        /adult/i.test(sentence),
    );
    expect([
      descriptions.length >= 6,
      entry('legislation', 'sexual-offences-act-2003').body.includes('- the adult reasonably believes the child is under 16.'),
      descriptions.filter(({ sentence }) => !/reasonably believes? (the child )?(is|to be) under 16/.test(sentence)),
    ]).toEqual([true, true, []]);
  });

  it('refers to Children’s Social Care for serious or complex needs "and" child protection concerns, as the chapter says', () => {
    const withOr = sentences().filter(({ sentence }) => /complex needs,? or (there are )?child protection/i.test(sentence));
    const glossary = entry('glossary', 'childrens-social-care').data.definition;
    expect([withOr, glossary.includes('serious or complex needs and child protection concerns')]).toEqual([[], true]);
  });
});

describe('text from the 2017–2019 pages (files 002 and 004) on contacts, resources and procedures', () => {
  // Phrases only the older pages use; wherever one appears, the same paragraph says how old it is.
  const olderPhrases = [
    'overseas',
    'Crossing the Line',
    'Stop, Speak, Support',
    'film to deter',
    'Lucy Faithfull',
    'Phone cameras',
    'persuaded, coerced',
    'real experiences',
    "National Deaf Children's Society",
    'peer pressure',
  ];
  const dated = /about 2017/;
  const scoped = entries.filter((candidate) => ['contacts', 'resources', 'procedures'].includes(candidate.collection));
  const paragraphs = (candidate: LoadedEntry) => [
    ...candidate.body.split(/\n\s*\n/),
    ...Object.entries(candidate.data)
      .filter(([field]) => !['title', 'name', 'keywords'].includes(field))
      .flatMap(([field, value]) => proseFields({ [field]: value })),
  ];

  it('dates every paragraph that uses them', () => {
    const undated = scoped.flatMap((candidate) =>
      paragraphs(candidate)
        .filter((paragraph) => olderPhrases.some((phrase) => paragraph.includes(phrase)) && !dated.test(paragraph))
        .map((paragraph) => `${candidate.file}: ${paragraph.slice(0, 80)}`),
    );
    expect(undated).toEqual([]);
  });

  it('dates every contact whose only sources are the older pages', () => {
    const older = new Set(['online-abuse-page', 'professionals-information-page', 'online-safety-strategy']);
    const undated = scoped
      .filter((candidate) => candidate.collection === 'contacts')
      .filter((candidate) => (candidate.data as { sources: string[] }).sources.every((id) => older.has(id)))
      .filter((candidate) => !dated.test(candidate.body))
      .map((candidate) => candidate.file);
    expect(undated).toEqual([]);
  });
});

describe('corrections from the second check against the sources', () => {
  const guideText = readFileSync(join(contentRoot(), 'decision-guide.yaml'), 'utf8');
  const sentences = () =>
    [...entries.flatMap((candidate) => [candidate.body, ...proseFields(candidate.data)]), guideText].flatMap((text) =>
      text.split(/(?<=[.!?])\s+|\n+/),
    );

  it('never promises that a platform takes down content that breaks its community guidelines (file 001: it must break them to be taken down)', () => {
    expect(
      sentences().filter(
        (sentence) =>
          /community guidelines/.test(sentence) &&
          /takes? (the )?content down|take (it|something) down/.test(sentence) &&
          !/only/.test(sentence),
      ),
    ).toEqual([]);
  });

  it('gives no ages or year groups for Key Stages 1 and 2, which no source gives', () => {
    expect(['ks1', 'ks2'].map((id) => entry('glossary', id).data.definition).filter((text) => /\d/.test(text))).toEqual([]);
  });

  it('dates the Derbyshire Board strategy "about 2017" in the glossary, never "the 2017 strategy"', () => {
    const glossary = entries.filter((candidate) => candidate.collection === 'glossary');
    expect(
      glossary
        .filter((candidate) => /2017 (On Line Safety )?[Ss]trategy/.test(proseFields(candidate.data).join(' ')))
        .map((candidate) => candidate.id),
    ).toEqual([]);
  });

  it('names Childnet’s resource for deaf young people as the March 2025 chapter does', () => {
    expect(entry('resources', 'be-safe-be-smart-online').data.title).toBe('Be Safe and Smart Online');
  });

  it('credits Thinkuknow’s CEOP Education description to the March 2025 chapter', () => {
    expect(entry('contacts', 'thinkuknow').data.sources[0]).toBe('online-harms-chapter');
  });
});
