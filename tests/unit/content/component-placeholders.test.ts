import { describe, expect, it } from 'vitest';
import { componentPlaceholder, splitBody } from '../../../src/lib/content/component-placeholders';

describe('component placeholders in stored HTML', () => {
  it('keep the component, its properties and its children, and read back as written', () => {
    const html = `<p>Call ${componentPlaceholder('ContactLink', { id: 'childline', phone: true })} now.</p>`;
    expect(html).toBe(
      '<p>Call <entry-component name="ContactLink" props="{&quot;id&quot;:&quot;childline&quot;,&quot;phone&quot;:true}"></entry-component> now.</p>',
    );
    expect(splitBody(html)).toEqual(['<p>Call ', { name: 'ContactLink', props: { id: 'childline', phone: true }, children: undefined }, ' now.</p>']);
  });

  it('survive quotes, ampersands and angle brackets in properties', () => {
    const props = { id: 'a', section: `"15A" & <b>'x'</b> &quot;` };
    expect(splitBody(componentPlaceholder('Act', props))).toEqual([{ name: 'Act', props, children: undefined }]);
  });

  it('nest: a component inside the text another wraps', () => {
    const inner = componentPlaceholder('Act', { id: 'children-act-1989' });
    const html = componentPlaceholder('GuidanceLink', { id: 'getting-help' }, `see <em>${inner}</em>`) + '<p>after</p>';
    expect(splitBody(html)).toEqual([
      {
        name: 'GuidanceLink',
        props: { id: 'getting-help' },
        children: ['see <em>', { name: 'Act', props: { id: 'children-act-1989' }, children: undefined }, '</em>'],
      },
      '<p>after</p>',
    ]);
  });

  it('treat children of only white space as none, as Astro treats an empty slot', () => {
    expect(splitBody(componentPlaceholder('RiskLink', { id: 'contact' }, '\n '))).toEqual([{ name: 'RiskLink', props: { id: 'contact' }, children: undefined }]);
  });

  it('leave HTML without placeholders whole', () => {
    expect(splitBody('<h2 id="a">A</h2>\n<p>Text &amp; more</p>')).toEqual(['<h2 id="a">A</h2>\n<p>Text &amp; more</p>']);
    expect(splitBody('')).toEqual([]);
  });

  it('refuse names that are not components, and malformed or unclosed placeholders', () => {
    expect(() => componentPlaceholder('script', {})).toThrow('"script" is not a component name.');
    expect(() => splitBody('<entry-component name="Act" props="{}">')).toThrow('not closed');
    expect(() => splitBody('<entry-component name="Act">x</entry-component>')).toThrow('malformed');
    expect(() => splitBody('<entry-component name="Act" props="[1]"></entry-component>')).toThrow('properties are malformed');
  });
});
