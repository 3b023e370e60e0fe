// The words the options page uses for the configuration: a name per setting, a value as staff
// read it, where it came from, and a JSON mistake explained. Plain logic, unit-tested.
import type { ConfigIssue, ConfigSource, FieldPath } from '../../rules/config.ts';

export const FIELD_LABEL: Readonly<Record<FieldPath, string>> = {
  'organisation.name': 'Council’s name',
  'organisation.aliases': 'Other names for the council',
  'organisation.places': 'Places the council serves',
  'organisation.emailDomains': 'Council email domains',
  'organisation.officialAccounts': 'Official social media accounts',
  colleagues: 'Colleagues’ names',
  organisations: 'Partners and suppliers',
  publicContacts: 'Public contact details',
  'lexicon.derogatory': 'Extra disparaging words',
  'lexicon.allow': 'Words never flagged',
  rules: 'Changes to rules',
  enforcement: 'When a draft has a “Must fix” finding',
  forums: 'Forums and comment sites',
  policyUrl: 'Where clause links go',
};

export const SOURCE_LABEL: Readonly<Record<ConfigSource, string>> = {
  managed: 'Your IT team',
  user: 'Your settings',
  default: 'Preflight’s default',
};

/** Headings for the problems, by who wrote the bad value. */
export const ISSUE_GROUP: Readonly<Record<ConfigIssue['source'], string>> = {
  managed: 'Set by your IT team',
  user: 'Your settings',
  file: 'Your settings',
  default: 'Preflight’s default',
};

const LIST_SHOWN = 12;

function listText(items: readonly string[]): string {
  if (!items.length) return 'None';
  const shown = items.slice(0, LIST_SHOWN).join(', ');
  return items.length > LIST_SHOWN ? `${shown} and ${items.length - LIST_SHOWN} more` : shown;
}

interface Organisation {
  name: string;
  approved: boolean;
  approvedUntil?: string | null;
}

/** A setting's value in words. */
export function valueText(path: FieldPath, value: unknown): string {
  switch (path) {
    case 'enforcement':
      return value === 'block' ? 'Block posting until it is fixed' : 'Warn, and let the person post anyway';
    case 'policyUrl':
      return typeof value === 'string' ? value : 'The procedure built into Preflight';
    case 'rules': {
      const entries = Object.entries((value ?? {}) as Record<string, string>);
      return entries.length ? entries.map(([rule, s]) => `${rule}: ${s}`).join(', ') : 'None';
    }
    case 'organisations':
      return listText(
        ((value ?? []) as Organisation[]).map((o) =>
          !o.approved
            ? `${o.name} (not approved)`
            : o.approvedUntil
              ? `${o.name} (approved until ${o.approvedUntil})`
              : `${o.name} (approved)`,
        ),
      );
    case 'organisation.name':
      return String(value);
    default:
      return listText(Array.isArray(value) ? value.map(String) : []);
  }
}

export type ParsedDocument = { ok: true; value: unknown } | { ok: false; problem: string };

/** The user's typed document: empty means "no settings of my own"; bad JSON is explained with its line and column. */
export function parseDocument(text: string): ParsedDocument {
  if (!text.trim()) return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const found = jsonMistake(text);
    if (!found) return { ok: false, problem: `This is not valid JSON: ${String(error)}.` };
    const [line, column] = lineColumn(text, found.at);
    return { ok: false, problem: `This is not valid JSON (line ${line}, column ${column}): ${found.reason}.` };
  }
}

function lineColumn(text: string, position: number): [number, number] {
  const before = text.slice(0, position).split('\n');
  return [before.length, before[before.length - 1]!.length + 1];
}

class Mistake {
  readonly at: number;
  readonly reason: string;
  constructor(at: number, reason: string) {
    this.at = at;
    this.reason = reason;
  }
}

/**
 * Where a JSON document first goes wrong, and why, in words (the browser's own message often
 * gives no position). A small recursive reader that only checks the grammar.
 */
export function jsonMistake(text: string): Mistake | null {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new Mistake(at, reason);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const end = () => fail('the document ends too early: a bracket or quote is not closed');
  const shown = (c: string) => `“${c}”`;
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === undefined) return end();
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === "'") return fail('text must be in double quotes ("), not single quotes');
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (/[A-Za-z]/.test(c)) return fail('text must be in double quotes (")');
    fail(`expected a value, found ${shown(c)}`);
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\n') fail('a line break inside quotes: close the quotes first');
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) end();
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail('this number is not written the JSON way');
    i += m![0].length;
  };
  const list = (close: string, item: () => void) => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      ws();
      const c = text[i];
      if (c === undefined) return end();
      if (c === close) {
        i++;
        return;
      }
      if (c !== ',') fail(`expected a comma or ${shown(close)}, found ${shown(c)}`);
      const comma = i;
      i++;
      ws();
      if (text[i] === close) fail(`there is a comma before ${shown(close)}; JSON does not allow one there`, comma);
    }
  };
  const array = () => list(']', value);
  const object = () =>
    list('}', () => {
      ws();
      const c = text[i];
      if (c === undefined) return end();
      if (c !== '"') fail('expected a setting name in double quotes (")');
      string();
      ws();
      if (text[i] !== ':') fail('expected a colon (:) after the setting name');
      i++;
      value();
    });
  try {
    value();
    ws();
    if (i < text.length) fail('there is more after the end of the document');
    return null;
  } catch (error) {
    if (error instanceof Mistake) return error;
    throw error;
  }
}

/** How the stored document is shown in the editor. */
export function documentText(value: unknown): string {
  return value === null || value === undefined ? '' : JSON.stringify(value, null, 2);
}
