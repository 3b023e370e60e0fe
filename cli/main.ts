// preflight: the engine from a terminal (SPEC §5). `npm run --silent check -- [options] [TEXT]`,
// or the package's bin. Everything runs locally; nothing is read but the draft and the files named.
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pkg from '../package.json' with { type: 'json' };
import { resolveConfig, type Config } from '../rules/config.ts';
import { check } from '../rules/engine.ts';
import { FIELDS, MODES, SITES, type CheckContext, type CheckResult, type Finding } from '../rules/types.ts';

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: preflight [options] [TEXT]
       preflight [options] --jsonl FILE

Checks a social-media draft against Leighton Linslade Town Council's social media
procedure, on this machine. The draft is TEXT (several arguments are joined with
spaces), or standard input when there is no TEXT.

Options:
  --mode personal|official   who is posting (default: personal)
  --field post|comment|bio|profile-name|handle
                             where the text goes (default: post)
  --site facebook|x|linkedin|forum|wiki|other
                             the site (default: other)
  --format text|json         text (default): one line per finding, then a summary;
                             json: {"language": "eng", "findings": [...]}
  --config FILE              a configuration document (JSON), merged over the
                             bundled default. A file with any invalid setting is
                             refused (exit 2) and every problem in it is listed:
                             the extension ignores bad settings one by one, but
                             here you are at hand to fix the file.
  --jsonl FILE               batch mode; "-" reads standard input. Each line is
                             {"id", "text", "mode"?, "field"?, "site"?} (other keys
                             are ignored); each output line is
                             {"id", "language", "findings"}, in input order.
                             --mode, --field and --site are the defaults for lines
                             that do not set their own. Blank lines are skipped.
                             If any line is malformed, every bad line is reported
                             by its number and nothing is checked.
  --today YYYY-MM-DD         the date to judge an organisation's approvedUntil by
                             (default: today's local date)
  -h, --help                 show this help
  -V, --version              show the version

Input is read as UTF-8 (bytes that are not UTF-8 become U+FFFD). Text output is
coloured only on a terminal, and never when NO_COLOR is set.

Exit status: 0 no error or warning finding (info alone is 0); 1 at least one
error or warning finding; 2 bad usage or bad input (the problem is named on stderr).
`;

/** Bad usage or bad input: exit 2 with the message on stderr. */
class InputError extends Error {}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`${option} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}.`);
}

function decode(bytes: Uint8Array): string {
  // Not fatal: a stray Latin-1 byte in a pasted draft should not stop the check.
  return new TextDecoder('utf-8').decode(bytes);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decode(Buffer.concat(chunks));
}

/**
 * `npm run check` runs in the package's folder; a relative path the user typed means the
 * folder they typed it in, which npm passes on as INIT_CWD.
 */
function userPath(file: string): string {
  if (isAbsolute(file)) return file;
  const viaNpmScript = process.env.npm_lifecycle_event === 'check' && process.env.npm_package_name === pkg.name;
  return resolve((viaNpmScript && process.env.INIT_CWD) || process.cwd(), file);
}

function readUserFile(option: string, file: string): string {
  try {
    return decode(readFileSync(userPath(file)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : (error as Error).message;
    throw new InputError(`cannot read ${option} file ${JSON.stringify(file)}: ${why}.`);
  }
}

function loadConfig(file: string): Config {
  const source = readUserFile('--config', file);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    throw new InputError(`--config file ${JSON.stringify(file)} is not valid JSON: ${(error as Error).message}`);
  }
  const { config, issues } = resolveConfig([{ source: 'file', value }]);
  if (issues.length > 0) {
    const lines = issues.map((issue) => `  ${issue.message.replace(/; (it|that entry) was ignored\.$/, '.')}`);
    const count = issues.length === 1 ? 'an invalid setting' : `${issues.length} invalid settings`;
    throw new InputError(
      `--config file ${JSON.stringify(file)} has ${count}; nothing was checked:\n${lines.join('\n')}`,
    );
  }
  return config;
}

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

interface BatchItem {
  id: unknown;
  text: string;
  context: CheckContext;
}

/** Reads every line first: a malformed line is reported with all the others, before any output. */
function parseBatch(source: string, name: string, defaults: CheckContext): BatchItem[] {
  const items: BatchItem[] = [];
  const problems: string[] = [];
  source.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const bad = (why: string) => problems.push(`${name} line ${i + 1}: ${why}`);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      bad(`not valid JSON (${(error as Error).message}).`);
      return;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      bad('should be a JSON object such as {"id": 1, "text": "…"}.');
      return;
    }
    const o = value as Record<string, unknown>;
    const before = problems.length;
    if (typeof o.id !== 'string' && typeof o.id !== 'number') bad('"id" should be a string or a number.');
    if (typeof o.text !== 'string') bad('"text" should be a string.');
    const context: CheckContext = { ...defaults };
    const pick = <T extends string>(key: 'mode' | 'field' | 'site', allowed: readonly T[]): T | undefined => {
      const v = o[key];
      if (v === undefined) return undefined;
      if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
      bad(`"${key}" should be one of ${allowed.join(', ')}, not ${JSON.stringify(v)}.`);
      return undefined;
    };
    context.mode = pick('mode', MODES) ?? context.mode;
    context.field = pick('field', FIELDS) ?? context.field;
    context.site = pick('site', SITES) ?? context.site;
    if (problems.length === before) items.push({ id: o.id, text: o.text as string, context });
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, 50);
    if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more problems.`);
    throw new InputError(`${name} has malformed lines; nothing was checked:\n  ${shown.join('\n  ')}`);
  }
  return items;
}

function blocks(result: CheckResult): boolean {
  return result.findings.some((f) => f.severity === 'error' || f.severity === 'warning');
}

/** 1-based line and column (in UTF-16 units, as editors count) of each offset. */
function positions(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - starts[lo]! + 1}`;
  };
}

const COLOURS: Record<Finding['severity'] | 'dim', [string, string]> = {
  error: ['\x1b[31m', '\x1b[39m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  info: ['\x1b[36m', '\x1b[39m'],
  dim: ['\x1b[2m', '\x1b[22m'],
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function formatText(text: string, result: CheckResult, colour: boolean): string {
  const paint = (style: keyof typeof COLOURS, s: string) => (colour ? COLOURS[style][0] + s + COLOURS[style][1] : s);
  const at = positions(text);
  const rows = result.findings.map((f) => ({
    f,
    where: at(f.start),
    clause: `clause ${f.clause}`,
  }));
  const width = (pick: (r: (typeof rows)[number]) => string) => Math.max(0, ...rows.map((r) => pick(r).length));
  const [wWhere, wClause, wRule] = [width((r) => r.where), width((r) => r.clause), width((r) => r.f.rule)];
  const lines = rows.map(({ f, where, clause }) =>
    [
      paint('dim', where.padEnd(wWhere)),
      paint(f.severity, f.severity.padEnd(7)),
      clause.padEnd(wClause),
      f.rule.padEnd(wRule),
      JSON.stringify(f.excerpt),
      f.message.replace(/\s+/g, ' '),
    ].join('  '),
  );
  const count = (s: Finding['severity']) => result.findings.filter((f) => f.severity === s).length;
  lines.push(
    result.findings.length === 0
      ? `No findings. Language: ${result.language}.`
      : `${plural(result.findings.length, 'finding')}: ${plural(count('error'), 'error')}, ` +
          `${plural(count('warning'), 'warning')}, ${count('info')} info. Language: ${result.language}.`,
  );
  return lines.join('\n') + '\n';
}

function write(text: string): void {
  process.stdout.write(text);
}

function warnOnRuleError(rule: string, error: unknown): void {
  process.stderr.write(`preflight: warning: rule ${rule} failed and was skipped (${String(error)}).\n`);
}

/** parseArgs's complaint, in the CLI's words, naming the option. */
function argumentProblem(error: NodeJS.ErrnoException): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    return `unknown option ${option}. (A draft that starts with "-" goes after "--": preflight -- "-5 degrees today")`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option && /argument missing/.test(error.message)) {
    return `${option} needs a value.`;
  }
  return error.message.replace(/([^.])$/, '$1.');
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        mode: { type: 'string' },
        field: { type: 'string' },
        site: { type: 'string' },
        format: { type: 'string' },
        config: { type: 'string' },
        jsonl: { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (error) {
    throw new InputError(argumentProblem(error as NodeJS.ErrnoException));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    write(HELP);
    return 0;
  }
  if (values.version) {
    write(`preflight ${pkg.version}\n`);
    return 0;
  }

  const context: CheckContext = {
    mode: oneOf('--mode', values.mode ?? 'personal', MODES),
    field: oneOf('--field', values.field ?? 'post', FIELDS),
    site: oneOf('--site', values.site ?? 'other', SITES),
  };
  const format: Format = oneOf('--format', values.format ?? 'text', FORMATS);
  if (values.today !== undefined) {
    if (!isRealDate(values.today)) {
      throw new InputError(`--today must be a real date written YYYY-MM-DD, not ${JSON.stringify(values.today)}.`);
    }
    context.today = values.today;
  }
  const config = values.config !== undefined ? loadConfig(values.config) : undefined;
  const options = { onRuleError: warnOnRuleError };

  if (values.jsonl !== undefined) {
    if (positionals.length > 0) throw new InputError('give either TEXT or --jsonl, not both.');
    if (values.format !== undefined)
      throw new InputError('--format does not apply to --jsonl (its output is JSON lines).');
    const name = values.jsonl === '-' ? 'standard input' : values.jsonl;
    const source = values.jsonl === '-' ? await readStdin() : readUserFile('--jsonl', values.jsonl);
    const items = parseBatch(source, name, context);
    let status = 0;
    for (const item of items) {
      const result = check(item.text, item.context, config, options);
      if (blocks(result)) status = 1;
      write(JSON.stringify({ id: item.id, language: result.language, findings: result.findings }) + '\n');
    }
    return status;
  }

  let text: string;
  if (positionals.length > 0) text = positionals.join(' ');
  else if (!process.stdin.isTTY) text = await readStdin();
  else throw new InputError('no draft to check: give it as TEXT, or pipe it on standard input.');

  const result = check(text, context, config, options);
  if (format === 'json')
    write(JSON.stringify({ language: result.language, findings: result.findings }, null, 2) + '\n');
  else {
    const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
    write(formatText(text, result, colour));
  }
  return blocks(result) ? 1 : 0;
}

/** Runs the CLI and returns its exit status (the bin and `npm run check` set it). */
export async function run(argv: string[]): Promise<number> {
  // A reader that stops early (`preflight … | head -1`) is not an error worth a stack trace;
  // the exit status still reports the findings.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  try {
    return await main(argv);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`preflight: ${error.message}\n`);
      if (!error.message.includes('\n')) process.stderr.write(`Try 'preflight --help' for the options.\n`);
      return 2;
    }
    process.stderr.write(
      `preflight: could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 2;
  }
}

if (import.meta.main) process.exitCode = await run(process.argv.slice(2));
