import { describe, expect, it } from 'vitest';
import { pathwayContent, pathwayPath } from '../../../src/lib/pages/pathways';
import type { ContactKind } from '../../../src/schemas/contact';

const guide = (id: string, audiences: string[], order: number) => ({ id, data: { title: id, audiences, order } });
const procedure = (id: string, fullTextIn?: string) => ({ id, data: { title: id, audiences: ['professionals'], fullTextIn } });
const contact = (id: string, kind: ContactKind, audiences: string[]) => ({ id, data: { name: id, kind, audiences } });
const none = { guidance: [], procedures: [], contacts: [], legislation: [], risks: [] };

describe('pathwayPath', () => {
  it('puts a pathway at the root of the site', () => {
    expect(pathwayPath({ pathway: 'parents-and-carers' })).toBe('/parents-and-carers/');
  });
});

describe('pathwayContent', () => {
  it("lists only the guidance written for the audience, in the editors' order", () => {
    const guidance = [
      guide('bullying', ['parents-carers'], 5),
      guide('upset', ['young-people'], 1),
      guide('worried', ['parents-carers', 'young-people'], 1),
    ];
    expect(pathwayContent('parents-carers', { ...none, guidance }).guidance.map((page) => page.id)).toEqual([
      'worried',
      'bullying',
    ]);
  });

  it('lists procedures held in full on this site apart from those summarised from the manual', () => {
    const procedures = [
      procedure('early-help', 'procedures-manual'),
      procedure('online-harms'),
      procedure('allegations', 'procedures-manual'),
    ];
    const content = pathwayContent('professionals', { ...none, procedures });
    expect([content.procedures.map((page) => page.id), content.otherProcedures.map((page) => page.id)]).toEqual([
      ['online-harms'],
      ['allegations', 'early-help'],
    ]);
  });

  it('groups the contacts a reader can act on by kind, emergency first, and leaves information sites to the directory', () => {
    const contacts = [
      contact('nspcc', 'information', ['parents-carers']),
      contact('iwf', 'report', ['parents-carers']),
      contact('police', 'emergency', ['parents-carers']),
      contact('childline', 'helpline', ['young-people']),
    ];
    expect(
      pathwayContent('parents-carers', { ...none, contacts }).contactGroups.map((group) => [
        group.label,
        group.contacts.map((item) => item.id),
      ]),
    ).toEqual([
      ['Emergency', ['police']],
      ['Reporting routes', ['iwf']],
    ]);
  });
});
