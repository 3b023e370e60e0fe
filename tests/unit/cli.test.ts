// The CLI as a user runs it (SPEC §5): a real process, its stdout, stderr and exit status.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = join(import.meta.dirname, '../../cli/main.ts');
const BIN = join(import.meta.dirname, '../../bin/preflight.mjs');
const dir = mkdtempSync(join(tmpdir(), 'preflight-cli-'));
const TIMEOUT = 60_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function file(name: string, contents: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
}

/** Runs the CLI; stdin is `input` (a closed, empty pipe when there is none). */
function preflight(args: string[], input: string | Buffer = '', script = CLI): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.end(input);
  });
}

// collaborative-edit reports any text on a wiki as `info`; raised to `warning` by a config
// file it gives a finding that sets exit status 1, whatever state the other rules are in.
const WIKI = ['--site', 'wiki'];
const wikiWarning = () => file('wiki-warning.json', JSON.stringify({ rules: { 'collaborative-edit': 'warning' } }));

describe.concurrent('preflight CLI', () => {
  it('prints one line per finding and a summary, exit 0 for info alone', { timeout: TIMEOUT }, async () => {
    const run = await preflight([...WIKI, 'Fixed a typo in the history section.']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^1:1\s+info\s+clause 13\s+collaborative-edit\s+"Fixed a typo in the history section\."\s+\S/,
    );
    expect(lines[1]).toMatch(/^1 finding: 0 errors, 0 warnings, 1 info\. Language: \w{3}\.$/);
    expect(run.stdout).not.toContain('\x1b[');
    expect(run.stderr).toBe('');
  });

  it('says so when there is nothing to report, exit 0', { timeout: TIMEOUT }, async () => {
    const run = await preflight(['Lovely', 'morning', 'for', 'a', 'walk']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^No findings\. Language: \w{3}\.\n$/);
  });

  it('prints exactly {language, findings} with --format json', { timeout: TIMEOUT }, async () => {
    const text = 'Leighton Buzzard is a market town in Bedfordshire.';
    const run = await preflight([...WIKI, '--format', 'json', text]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { language: string; findings: Array<Record<string, unknown>> };
    expect(Object.keys(result)).toEqual(['language', 'findings']);
    expect(result.language).toMatch(/^[a-z]{3}$/);
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'collaborative-edit',
        clause: '13',
        severity: 'info',
        start: 0,
        end: text.length,
      }),
    ]);
  });

  it('exits 1 when there is a warning, and applies --config', { timeout: TIMEOUT }, async () => {
    const run = await preflight(['--config', wikiWarning(), ...WIKI, 'Fixed a typo']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/warning\s+clause 13\s+collaborative-edit/);
    expect(run.stdout).toContain('1 finding: 0 errors, 1 warning, 0 info.');
  });

  it('reads the draft from stdin, as UTF-8 even when it is not', { timeout: TIMEOUT }, async () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0xff]), Buffer.from(' on the wiki today')]);
    const run = await preflight([...WIKI, '--format', 'json'], bytes);
    expect(run.status).toBe(0);
    const { findings } = JSON.parse(run.stdout) as { findings: Array<{ excerpt: string; end: number }> };
    expect(findings[0]?.excerpt).toBe('Caf\uFFFD\uFFFD on the wiki today');
  });

  it('checks a 1 MB draft from stdin', { timeout: TIMEOUT }, async () => {
    const draft = 'Lovely morning for a walk along the canal towards Linslade. '.repeat(17_000);
    expect(draft.length).toBeGreaterThan(1_000_000);
    const run = await preflight(['--config', wikiWarning(), ...WIKI, '--format', 'json'], draft);
    expect(run.status).toBe(1);
    const { findings } = JSON.parse(run.stdout) as { findings: Array<{ rule: string }> };
    expect(findings.map((f) => f.rule)).toContain('collaborative-edit');
  });

  it('checks a batch with --jsonl, in input order, skipping blank lines', { timeout: TIMEOUT }, async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'first edit', site: 'wiki' }),
      '',
      JSON.stringify({ id: 2, text: 'Nice day for it' }),
      '   ',
      JSON.stringify({ id: 'c', text: 'third edit', field: 'comment', note: 'extra keys are ignored' }) + '\r',
    ].join('\n');
    const run = await preflight(['--jsonl', '-', '--mode', 'official'], input);
    expect(run.stderr).toBe('');
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', 2, 'c']);
    for (const l of lines) expect(Object.keys(l)).toEqual(['id', 'language', 'findings']);
    expect(lines[0]!.findings).toEqual([expect.objectContaining({ rule: 'collaborative-edit' })]);
    expect(lines[1]!.findings).toEqual([]);
    // --site is the default for lines without their own: "c" is not on a wiki.
    expect((lines[2]!.findings as unknown[]).some((f) => (f as { rule: string }).rule === 'collaborative-edit')).toBe(
      false,
    );
    expect(run.status).toBe(0);
  });

  it('reads --jsonl from a file and exits 1 when a line has a warning', { timeout: TIMEOUT }, async () => {
    const batch = file('batch.jsonl', '{"id":1,"text":"hello"}\n{"id":2,"text":"an edit","site":"wiki"}\n');
    const run = await preflight(['--jsonl', batch, '--config', wikiWarning()]);
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('names every malformed --jsonl line by number and prints nothing', { timeout: TIMEOUT }, async () => {
    const input = [
      '{"id":1,"text":"fine"}',
      'not json',
      '{"id":3,"text":"fine too"}',
      '{"id":4}',
      '{"id":5,"text":"x","mode":"boss"}',
    ].join('\n');
    const run = await preflight(['--jsonl', '-'], input);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/line 2: not valid JSON/);
    expect(run.stderr).toMatch(/line 4: "text" should be a string/);
    expect(run.stderr).toMatch(/line 5: "mode" should be one of personal, official, not "boss"/);
    expect(run.stderr).not.toMatch(/line [13]:/);
  });

  it('refuses a --config with an invalid field, naming the field and value', { timeout: TIMEOUT }, async () => {
    const bad = file('bad.json', JSON.stringify({ enforcement: 'never', colleagues: ['Tom Reed', ''], nonsense: 1 }));
    const run = await preflight(['--config', bad, 'hello']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('bad.json');
    expect(run.stderr).toMatch(/enforcement: "never" must be one of warn, block/);
    expect(run.stderr).toMatch(/colleagues\[1\]: "" must not be empty/);
    expect(run.stderr).toMatch(/nonsense is not a setting/);
  });

  it('refuses a --config that is missing or not JSON, naming the file', { timeout: TIMEOUT }, async () => {
    const missing = await preflight(['--config', join(dir, 'nope.json'), 'hello']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json.*no such file/);
    const broken = await preflight(['--config', file('broken.json', '{ "rules": '), 'hello']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json" is not valid JSON/);
  });

  it.each([
    [['--colour', 'hello'], /unknown option --colour/],
    [['--mode', 'boss', 'hello'], /--mode must be one of personal, official, not "boss"/],
    [['--field', 'tweet', 'hello'], /--field must be one of post, comment, bio, profile-name, handle/],
    [['--site', 'myspace', 'hello'], /--site must be one of facebook/],
    [['--format', 'yaml', 'hello'], /--format must be one of text, json/],
    [['--today', '2025-02-30', 'hello'], /--today must be a real date/],
    [['--mode'], /--mode needs a value/],
    [['--jsonl', '-', 'hello'], /either TEXT or --jsonl/],
  ])('exits 2 on bad usage: %j', { timeout: TIMEOUT }, async (args, message) => {
    const run = await preflight(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('prints --help and --version', { timeout: TIMEOUT }, async () => {
    const help = await preflight(['--help']);
    expect(help.status).toBe(0);
    for (const option of ['--mode', '--field', '--site', '--format', '--config', '--jsonl', '--today', 'Exit status']) {
      expect(help.stdout).toContain(option);
    }
    const version = await preflight(['--version'], '', BIN);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^preflight \d+\.\d+\.\d+\n$/);
  });

  // The acceptance check of SPEC §5. It needs the council-email rule (rules/council-email.ts).
  it('flags a council email address under clause 9.3, exit 1', { timeout: TIMEOUT }, async () => {
    const run = await preflight(['Email me at sam.jones@leightonlinslade-tc.gov.uk']);
    expect(run.stdout).toMatch(/error\s+clause 9\.3\s+council-email\s+"sam\.jones@leightonlinslade-tc\.gov\.uk"/);
    expect(run.status).toBe(1);
  });
});
