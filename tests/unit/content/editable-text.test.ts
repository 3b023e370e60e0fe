// @vitest-environment happy-dom
// Reading a rich editor's text and mapping a finding back onto its own text nodes, for the
// markup each real editor renders.
import { describe, expect, it } from 'vitest';
import { rangeFor, readEditable } from '../../../entrypoints/content/editable-text.ts';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

/** The text a Range covers, for a finding over `word` in the read text. */
function highlighted(el: HTMLElement, word: string): string | undefined {
  const read = readEditable(el);
  const start = read.text.indexOf(word);
  expect(start).toBeGreaterThanOrEqual(0);
  return rangeFor(read, start, start + word.length)?.toString();
}

describe('readEditable', () => {
  it('reads Draft.js blocks (X) as lines', () => {
    const el = editor(
      '<div data-contents="true">' +
        '<div data-block="true"><div data-offset-key="a"><span data-offset-key="a-0"><span data-text="true">Email me at </span></span>' +
        '<span data-offset-key="a-1"><span data-text="true">sam@leightonlinslade-tc.gov.uk</span></span></div></div>' +
        '<div data-block="true"><div data-offset-key="b"><span data-offset-key="b-0"><br data-text="true"></span></div></div>' +
        '<div data-block="true"><div data-offset-key="c"><span><span data-text="true">Thanks</span></span></div></div></div>',
    );
    expect(readEditable(el).text).toBe('Email me at sam@leightonlinslade-tc.gov.uk\n\nThanks');
    expect(highlighted(el, 'sam@leightonlinslade-tc.gov.uk')).toBe('sam@leightonlinslade-tc.gov.uk');
    expect(highlighted(el, 'Thanks')).toBe('Thanks');
  });

  it('reads Lexical paragraphs (Facebook) and maps across formatting spans', () => {
    const el = editor(
      '<p dir="ltr"><span data-lexical-text="true">What a </span><strong data-lexical-text="true">bloody</strong>' +
        '<span data-lexical-text="true"> shambles</span></p><p><br></p><p dir="ltr"><span data-lexical-text="true">Second</span></p>',
    );
    const read = readEditable(el);
    expect(read.text).toBe('What a bloody shambles\n\nSecond');
    expect(highlighted(el, 'a bloody shambles')).toBe('a bloody shambles');
  });

  it('reads Quill paragraphs (LinkedIn) and ignores an empty placeholder paragraph', () => {
    const el = editor('<p>First line</p><p><br></p><p>Ring 07700 900123 today</p>');
    expect(readEditable(el).text).toBe('First line\n\nRing 07700 900123 today');
    expect(highlighted(el, '07700 900123')).toBe('07700 900123');
  });

  it('reads ProseMirror (forums) lists and hard breaks', () => {
    const el = editor('<p>Agenda<br>for Monday</p><ul><li><p>one</p></li><li><p>two</p></li></ul>');
    expect(readEditable(el).text).toBe('Agenda\nfor Monday\none\ntwo');
  });

  it('skips scripts and hidden placeholders the editor marks as not content', () => {
    const el = editor(
      '<p>Hello</p><style>p{}</style><div contenteditable="false" aria-hidden="true">Write something…</div>',
    );
    expect(readEditable(el).text).toBe('Hello');
  });

  it('returns no range once the editor has re-rendered the text away', () => {
    const el = editor('<p>Gone soon</p>');
    const read = readEditable(el);
    el.innerHTML = '<p>Something else</p>';
    expect(rangeFor(read, 0, 4)).toBeNull();
  });

  it('returns no range for an empty span', () => {
    const el = editor('<p>abc</p>');
    expect(rangeFor(readEditable(el), 2, 2)).toBeNull();
  });
});
