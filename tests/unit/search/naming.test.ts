import { describe, expect, it } from 'vitest';
import {
  inServiceName,
  longestServiceName,
  nameMatch,
  namesServiceInArea,
  namingPoints,
  serviceNamePoints,
} from '../../../src/lib/search/naming';

describe('nameMatch', () => {
  it('is 1 for the same words, whatever their spacing, case or endings', () => {
    expect(nameMatch('Childline', 'child line')).toBe(1);
    expect(nameMatch('Stop It Now', 'stopitnow')).toBe(1);
    expect(nameMatch('Bullying online', 'bullied online')).toBe(1);
    expect(nameMatch('Radicalisation', 'radicalised')).toBe(1);
    expect(nameMatch('Children at risk of exploitation', 'children at risk of being exploited')).toBe(1);
  });

  it('is 1 for a belief and who holds it ("extremist" for "Extremism")', () => {
    expect(nameMatch('Extremism', 'extremist')).toBe(1);
    expect(nameMatch('Terrorism', 'terrorists')).toBe(1);
    expect(nameMatch('Extremism', 'extreme')).toBe(0);
  });

  it('is 1 for the same words in another order ("risks online" for "Online risks")', () => {
    expect(nameMatch('Online risks', 'risks online')).toBe(1);
    expect(nameMatch('Professionals Online Safety Helpline', 'professionals helpline online safety')).toBe(1);
    expect(nameMatch('Online risks', 'risks')).toBeCloseTo(1 / 2);
  });

  it('is the share of the words that match when one is in the other', () => {
    expect(nameMatch('Bullying online', 'my child is being bullied online')).toBeCloseTo(2 / 3);
    expect(nameMatch('Getting help and support', 'where can I get help')).toBeCloseTo(2 / 3);
  });

  it('matches the start of a word when the search is one word', () => {
    expect(nameMatch('pornography', 'porn')).toBe(1);
    expect(nameMatch('cyberbullying', 'cyber crime')).toBe(0);
  });

  it('is 0 for a name that shares too little with the search', () => {
    expect(nameMatch('Cyber Choices', 'cyber flashing')).toBe(0);
    expect(nameMatch('Sextortion', 'sexting')).toBe(0);
  });
});

describe('namingPoints', () => {
  it('counts the title and first keyword most, then the main keywords, headings and other keywords', () => {
    const page = (keywords: string[]) => ({ title: 'A page', sections: [], queries: [], keywords });
    const first = namingPoints(page(['grooming', 'b', 'c']), ['grooming']);
    const main = namingPoints(page(['a', 'b', 'grooming']), ['grooming']);
    const more = namingPoints(page(['a', 'b', 'c', 'grooming']), ['grooming']);
    expect(first).toBeGreaterThan(main);
    expect(main).toBeGreaterThan(more);
    expect(more).toBeGreaterThan(0);
  });

  it('counts another spelling of a main keyword as that keyword, so it does not push a name out of the main ones', () => {
    const page = (keywords: string[]) => ({ title: 'A page', sections: [], queries: [], keywords });
    const spelled = namingPoints(page(['cyberbullying', 'cyber bullying', 'online bullying', 'trolling']), ['trolling']);
    const main = namingPoints(page(['a', 'b', 'trolling']), ['trolling']);
    expect(spelled).toBe(main);
    expect(namingPoints(page(['cyberbullying', 'b']), ['cyber bullying'])).toBe(
      namingPoints(page(['cyber bullying', 'cyberbullying', 'b']), ['cyber bullying']),
    );
  });

  it('counts the headings of a page that holds its entries under their titles as its title', () => {
    const resources = { title: 'Resources', sections: [{ title: 'UKCIS Digital Passport' }], queries: [] };
    expect(namingPoints(resources, ['ukcis digital passport'], true)).toBe(8);
    expect(namingPoints(resources, ['ukcis digital passport'])).toBe(2);
  });

  it('counts a contact in full only for its own name', () => {
    const contact = {
      url: '/contacts/shore/',
      title: 'Shore',
      sections: [],
      queries: [],
      keywords: ['Shore', 'harmful sexual behaviour'],
    };
    const procedure = { ...contact, url: '/procedures/harm-to-others/', title: 'Harm to others' };
    expect(namingPoints(contact, ['Shore'])).toBe(16);
    expect(namingPoints(contact, ['harmful sexual behaviour'])).toBeLessThan(
      namingPoints(procedure, ['harmful sexual behaviour']),
    );
  });
});

describe('serviceNamePoints', () => {
  const contact = {
    url: '/contacts/ceop-safety-centre/',
    title: 'CEOP Safety Centre (CEOP Report)',
    sections: [],
    queries: [],
    keywords: ['CEOP', 'Click CEOP', 'NCA', 'grooming'],
  };

  it('counts a contact’s own name typed with other words by the share of the search it is', () => {
    expect(serviceNamePoints(contact, 'ceop grooming')).toBe(4);
    expect(serviceNamePoints(contact, 'CEOP Report sextortion')).toBeCloseTo(16 / 3);
    expect(serviceNamePoints(contact, 'nca grooming advice')).toBeCloseTo(8 / 3);
  });

  it('does not count a keyword that is a topic, not a name, nor the name alone, nor any page but a contact', () => {
    expect(serviceNamePoints(contact, 'grooming signs')).toBe(0);
    expect(serviceNamePoints(contact, 'ceop')).toBe(0);
    expect(serviceNamePoints({ ...contact, url: '/guidance/report/' }, 'ceop grooming')).toBe(0);
  });
});

describe('longestServiceName', () => {
  const startingPoint = {
    url: '/contacts/starting-point/',
    title: 'Starting Point Consultation and Advice Service for Professionals (Derbyshire)',
    sections: [],
    queries: [],
    areas: ['Derbyshire'],
  };

  it('counts the words of the search that are a contact’s own name', () => {
    expect(longestServiceName({ ...startingPoint, keywords: ['Starting Point'] }, 'starting point lado')).toBe(2);
    expect(longestServiceName({ ...startingPoint, title: 'Internet Watch Foundation (IWF)', areas: [] }, 'iwf report')).toBe(1);
  });

  it('does not take the area a contact covers, in brackets after its name, for a name of it', () => {
    expect(longestServiceName(startingPoint, 'lado derbyshire')).toBe(0);
  });

  it('is 0 for a page that is not a contact', () => {
    expect(longestServiceName({ ...startingPoint, url: '/procedures/online-harms/' }, 'derbyshire')).toBe(0);
  });

  it('does not count a name that, with the word beside it, is part of another result’s title written otherwise', () => {
    const act = { url: '/contacts/act/', title: 'Action Counters Terrorism (ACT)', sections: [], queries: [], keywords: ['ACT'] };
    expect(longestServiceName(act, 'voyeurism act upskirting')).toBe(1);
    expect(longestServiceName(act, 'voyeurism act upskirting', ['Voyeurism (Offences) Act 2019'])).toBe(0);
    expect(longestServiceName(act, 'children act significant harm', ['Children Act 1989'])).toBe(0);
    expect(longestServiceName(act, 'act hotline', ['Children Act 1989'])).toBe(1);
    const ceop = { url: '/contacts/ceop/', title: 'CEOP Safety Centre', sections: [], queries: [], keywords: ['CEOP'] };
    expect(longestServiceName(ceop, 'report to ceop', ['Report grooming to CEOP'])).toBe(1);
  });
});

describe('namesServiceInArea', () => {
  const initialResponseTeam = {
    url: '/contacts/derby-initial-response-team/',
    title: "Initial Response Team (Derby City Children's Social Care)",
    sections: [],
    queries: [],
    keywords: ['Initial Response Team', 'IRT'],
    areas: ['Derby City'],
  };

  it('is true for a contact’s own name typed with words of the area it covers', () => {
    expect(namesServiceInArea(initialResponseTeam, 'derby initial response team')).toBe(true);
    expect(namesServiceInArea(initialResponseTeam, 'IRT Derby City')).toBe(true);
  });

  it('is false for its name alone (then the name is the whole search), another name, or a page that is no contact', () => {
    expect(namesServiceInArea(initialResponseTeam, 'initial response team')).toBe(false);
    expect(namesServiceInArea(initialResponseTeam, 'derby care line')).toBe(false);
    expect(
      namesServiceInArea({ ...initialResponseTeam, url: '/guidance/initial-response/' }, 'derby initial response team'),
    ).toBe(false);
  });
});

describe('inServiceName', () => {
  const womensAid = { url: '/contacts/womens-aid/', title: "Women's Aid", sections: [], queries: [] };

  it('is true for a search that is part of a contact’s own name, written without its apostrophe', () => {
    expect(inServiceName(womensAid, 'womens')).toBe(true);
    expect(inServiceName(womensAid, 'womens aid')).toBe(true);
  });

  it('is false for a word the name lacks, and for a page that is no contact', () => {
    expect(inServiceName(womensAid, 'chat')).toBe(false);
    expect(inServiceName({ ...womensAid, url: '/guidance/womens/' }, 'womens')).toBe(false);
  });
});
