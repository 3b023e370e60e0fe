import { describe, expect, it } from 'vitest';
import { resolveConfig, type ConfigIssue } from '../../../rules/config.ts';
import { groupIssues } from '../../../entrypoints/options/effective-config.tsx';
import { FIELD_LABEL, documentText, jsonMistake, parseDocument, valueText } from '../../../entrypoints/options/text.ts';

describe('the settings document editor', () => {
  it('takes an empty box as no settings of your own', () => {
    expect(parseDocument('  \n')).toEqual({ ok: true, value: null });
    expect(documentText(null)).toBe('');
    expect(documentText({ enforcement: 'block' })).toBe('{\n  "enforcement": "block"\n}');
  });

  it('explains a JSON mistake with its line and column', () => {
    const cases: Array<[string, string]> = [
      ['{\n  "colleagues": ["Tom Reed",]\n}', '(line 2, column 28): there is a comma before “]”'],
      ["{ 'colleagues': [] }", '(line 1, column 3): expected a setting name in double quotes'],
      ['{ "enforcement": block }', '(line 1, column 18): text must be in double quotes'],
      ['{ "a": 1 "b": 2 }', '(line 1, column 10): expected a comma or “}”, found “"”'],
      ['{ "a": [1, 2 }', 'expected a comma or “]”, found “}”'],
      ['{ "a": "x', 'the document ends too early'],
      ['{ "a" 1 }', 'expected a colon (:) after the setting name'],
      ['{} {}', 'there is more after the end of the document'],
    ];
    for (const [text, words] of cases) {
      const parsed = parseDocument(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.problem, text).toContain(words);
    }
  });

  it('finds no mistake in valid JSON', () => {
    for (const text of ['{}', '[1, -2.5e3, "a\\"b", true, false, null, {"x": {}}]', ' "text" ']) {
      expect(jsonMistake(text), text).toBeNull();
    }
  });
});

describe('the settings in effect', () => {
  it('names every setting', () => {
    const { sources } = resolveConfig([]);
    for (const path of Object.keys(sources)) expect(FIELD_LABEL[path as keyof typeof FIELD_LABEL], path).toBeTruthy();
  });

  it('shows values in words', () => {
    expect(valueText('enforcement', 'block')).toBe('Block posting until it is fixed');
    expect(valueText('policyUrl', null)).toBe('The procedure built into Preflight');
    expect(valueText('colleagues', [])).toBe('None');
    expect(valueText('rules', { copyright: 'off' })).toBe('copyright: off');
    expect(
      valueText('organisations', [
        { name: 'Greenway Grounds Ltd', approved: false },
        { name: 'Bedfordshire Fire and Rescue', approved: true, approvedUntil: '2027-03-31' },
      ]),
    ).toBe('Greenway Grounds Ltd (not approved), Bedfordshire Fire and Rescue (approved until 2027-03-31)');
    const many = Array.from({ length: 20 }, (_, i) => `Name ${i}`);
    expect(valueText('colleagues', many)).toMatch(/Name 11 and 8 more$/);
  });

  it('groups problems by who wrote them', () => {
    const issue = (source: ConfigIssue['source']): ConfigIssue => ({ source, path: 'x', value: 1, message: source });
    expect(
      groupIssues([issue('managed'), issue('user'), issue('file'), issue('managed')]).map(([h, l]) => [h, l.length]),
    ).toEqual([
      ['Set by your IT team', 2],
      ['Your settings', 2],
    ]);
  });
});
