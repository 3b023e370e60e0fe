// The managed-storage schema (public/managed_schema.json) and the deployment samples in
// docs/deploy/: the schema uses only what Chrome honours and covers exactly the configuration
// document's settings, and every sample carries a configuration that passes both Chrome's
// schema check and Preflight's own (validateLayer), with the extension id written consistently.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIELD_PATHS, fieldSchemas, validateLayer, type FieldPath } from '../../rules/config.ts';
import { RULES } from '../../rules/index.ts';
import { schemaNodes, schemaProblems, valueProblems, type PolicySchema } from '../../scripts/chrome-policy-schema.ts';
import { CHROME_ID, FIREFOX_ID } from '../../scripts/extension-identity.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEPLOY = join(ROOT, 'docs/deploy');
/** Stands for the Chrome/Edge extension id in every sample; replaced at release. */

const GECKO_ID = 'preflight@leightonlinslade-tc.gov.uk';
/** Samples that name no extension: the Admin console asks for the extension before the JSON. */
const WITHOUT_ID = ['google-admin.json', 'en-GB/preflight.adml'];

const schema = JSON.parse(readFileSync(join(ROOT, 'public/managed_schema.json'), 'utf8')) as PolicySchema;
const topLevel = schema.properties as Record<string, PolicySchema>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function read(file: string): string {
  return readFileSync(join(DEPLOY, file), 'utf8');
}

function deployFiles(dir = DEPLOY): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? deployFiles(join(dir, entry.name)) : [relative(DEPLOY, join(dir, entry.name))],
  );
}

/** The schema node for a setting path such as `organisation.aliases`. */
function schemaFor(path: string): PolicySchema | undefined {
  let node: PolicySchema | undefined = schema;
  for (const part of path.split('.')) node = (node?.properties as Record<string, PolicySchema> | undefined)?.[part];
  return node;
}

/** The JSON type a setting takes, read from its zod schema. */
function jsonType(zodSchema: z.ZodType): string {
  if (zodSchema instanceof z.ZodNullable) return jsonType(zodSchema.unwrap() as z.ZodType);
  if (zodSchema instanceof z.ZodArray) return 'array';
  if (zodSchema instanceof z.ZodRecord || zodSchema instanceof z.ZodObject) return 'object';
  if (zodSchema instanceof z.ZodBoolean) return 'boolean';
  return 'string';
}

function layerWith(path: string, value: unknown): Record<string, unknown> {
  const [a, b] = path.split('.') as [string, string | undefined];
  return b ? { [a]: { [b]: value } } : { [a]: value };
}

describe('public/managed_schema.json', () => {
  it('gives every node a type and uses only keywords Chrome honours', () => {
    expect(schemaNodes(schema).filter(({ node }) => typeof node.type !== 'string')).toEqual([]);
    expect(schemaProblems(schema)).toEqual([]);
  });

  it('declares exactly the settings of the configuration document, each with its type', () => {
    const paths = Object.keys(topLevel).flatMap((key) =>
      (FIELD_PATHS as readonly string[]).includes(key)
        ? [key]
        : Object.keys(topLevel[key]!.properties as object).map((sub) => `${key}.${sub}`),
    );
    expect(paths.sort()).toEqual([...FIELD_PATHS].sort());
    for (const path of FIELD_PATHS) expect([path, schemaFor(path)?.type]).toEqual([path, jsonType(fieldSchemas[path])]);
  });

  it("declares the register's entries as Preflight reads them", () => {
    const entry = fieldSchemas.organisations.element.shape;
    const items = (topLevel.organisations!.items as PolicySchema).properties as Record<string, PolicySchema>;
    expect(Object.keys(items).sort()).toEqual(Object.keys(entry).sort());
    expect(items.approved!.type).toBe('boolean');
  });

  it('names every rule, and lets an unknown rule id through for Preflight to report', () => {
    const rules = topLevel.rules!;
    expect(Object.keys(rules.properties as object)).toEqual(RULES.map((r) => r.id));
    expect(rules.additionalProperties).toEqual({ type: 'string' });
  });
});

// ---- reading each kind of sample back into configuration documents ----

/** A .reg file's keys and their values (REG_SZ as strings, dword as numbers). */
function parseReg(text: string): Map<string, Record<string, string | number>> {
  expect(text.startsWith('Windows Registry Editor Version 5.00')).toBe(true);
  const keys = new Map<string, Record<string, string | number>>();
  let current: Record<string, string | number> | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || line.startsWith(';') || line.startsWith('Windows Registry Editor')) continue;
    const key = /^\[(-?)(.+)\]$/.exec(line);
    if (key) {
      current = key[1] ? undefined : (keys.get(key[2]!) ?? {});
      if (current) keys.set(key[2]!, current);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`unreadable .reg line: ${line}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current[unescape(value[1]!)] = value[3] === undefined ? unescape(value[2]!) : parseInt(value[3], 16);
  }
  return keys;
}

/** What Chrome makes of registry values under a policy key: JSON text for lists and objects. */
function fromRegistry(values: Record<string, string | number>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      const type = topLevel[name]?.type;
      return [name, typeof value === 'string' && (type === 'array' || type === 'object') ? JSON.parse(value) : value];
    }),
  );
}

function xml(text: string): Document {
  const doc = new new Window().DOMParser().parseFromString(text, 'application/xml') as unknown as Document;
  expect(doc.getElementsByTagName('parsererror').length).toBe(0);
  return doc;
}

function plistValue(el: Element): Json {
  switch (el.tagName) {
    case 'string':
      return el.textContent ?? '';
    case 'integer':
      return Number(el.textContent);
    case 'true':
      return true;
    case 'false':
      return false;
    case 'array':
      return Array.from(el.children).map(plistValue);
    case 'dict': {
      const out: Record<string, Json> = {};
      const children = Array.from(el.children);
      for (let i = 0; i < children.length; i += 2) {
        expect(children[i]!.tagName).toBe('key');
        out[children[i]!.textContent ?? ''] = plistValue(children[i + 1]!);
      }
      return out;
    }
    default:
      throw new Error(`unexpected plist element <${el.tagName}>`);
  }
}

interface Extracted {
  label: string;
  config: unknown;
}

const json = (file: string) => JSON.parse(read(file)) as Record<string, Json>;

function expectForceInstall(settings: unknown, id: string): void {
  expect((settings as Record<string, Record<string, string>>)[id]?.installation_mode).toBe('force_installed');
}

function linuxJson(file: string): Extracted[] {
  const doc = json(file);
  expectForceInstall(doc.ExtensionSettings, CHROME_ID);
  const third = doc['3rdparty'] as { extensions: Record<string, unknown> };
  expect(Object.keys(third.extensions)).toEqual([CHROME_ID]);
  return [{ label: file, config: third.extensions[CHROME_ID] }];
}

function windowsReg(file: string, browserKey: string): Extracted[] {
  const keys = parseReg(read(file));
  const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${browserKey}`;
  expectForceInstall(JSON.parse(String(keys.get(base)?.ExtensionSettings)), CHROME_ID);
  const policyKey = `${base}\\3rdparty\\extensions\\${CHROME_ID}\\policy`;
  expect([...keys.keys()].sort()).toEqual([base, policyKey].sort());
  return [{ label: file, config: fromRegistry(keys.get(policyKey)!) }];
}

/** Configuration documents in each sample; a new file in docs/deploy/ needs an entry here. */
const SAMPLES: Record<string, () => Extracted[]> = {
  'chrome-policy.json': () => linuxJson('chrome-policy.json'),
  'chromium-policy.json': () => linuxJson('chromium-policy.json'),
  'windows-chrome.reg': () => windowsReg('windows-chrome.reg', 'Google\\Chrome'),
  'windows-edge.reg': () => windowsReg('windows-edge.reg', 'Microsoft\\Edge'),
  'google-admin.json': () => {
    const doc = json('google-admin.json');
    for (const wrapped of Object.values(doc)) expect(Object.keys(wrapped as object)).toEqual(['Value']);
    return [
      {
        label: 'google-admin.json',
        config: Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, (v as { Value: Json }).Value])),
      },
    ];
  },
  'firefox-policies.json': () => {
    const { policies } = json('firefox-policies.json') as { policies: Record<string, Json> };
    expectForceInstall(policies.ExtensionSettings, GECKO_ID);
    const extensions = (policies['3rdparty'] as { Extensions: Record<string, unknown> }).Extensions;
    expect(Object.keys(extensions)).toEqual([GECKO_ID]);
    return [{ label: 'firefox-policies.json', config: extensions[GECKO_ID] }];
  },
  'macos-preflight.mobileconfig': () => {
    const profile = plistValue(xml(read('macos-preflight.mobileconfig')).documentElement.children[0]!) as {
      PayloadContent: Array<{ PayloadType: string; PayloadContent: Record<string, { Forced: Json[] }> }>;
    };
    const [payload] = profile.PayloadContent;
    expect(payload!.PayloadType).toBe('com.apple.ManagedClient.preferences');
    const domains = payload!.PayloadContent;
    const forced = (domain: string) =>
      (domains[domain]!.Forced[0] as { mcx_preference_settings: unknown }).mcx_preference_settings;
    expect(Object.keys(domains).sort()).toEqual(
      [
        'com.google.Chrome',
        'com.microsoft.Edge',
        ...['Chrome', 'Edge'].map((b) => `com.${b === 'Chrome' ? 'google' : 'microsoft'}.${b}.extensions.${CHROME_ID}`),
      ].sort(),
    );
    for (const browser of ['com.google.Chrome', 'com.microsoft.Edge'])
      expectForceInstall((forced(browser) as { ExtensionSettings: unknown }).ExtensionSettings, CHROME_ID);
    return ['com.google.Chrome', 'com.microsoft.Edge'].map((browser) => ({
      label: `macos-preflight.mobileconfig ${browser}`,
      config: forced(`${browser}.extensions.${CHROME_ID}`),
    }));
  },
  'set-preflight-policy.ps1': () => {
    const script = read('set-preflight-policy.ps1');
    expect(script).toContain(`$extensionId = '${CHROME_ID}'`);
    expect(script).toContain('"HKLM:\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\$extensionId\\policy"');
    expect(script).toContain(
      '"HKLM:\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\$extensionId\\policy"',
    );
    const body = /^\$config = @'\r?\n([\s\S]*?)\r?\n'@ \| ConvertFrom-Json$/m.exec(script);
    return [{ label: 'set-preflight-policy.ps1', config: JSON.parse(body![1]!) }];
  },
  'intune.json': () => {
    const doc = json('intune.json') as {
      install: Array<{ value: string }>;
      configure: { script: string; writes: string[] };
    };
    for (const { value } of doc.install) expectForceInstall(JSON.parse(value), CHROME_ID);
    expect(deployFiles()).toContain(doc.configure.script);
    for (const key of doc.configure.writes) expect(key).toContain(`\\3rdparty\\extensions\\${CHROME_ID}\\policy`);
    return [];
  },
  'preflight.admx': () => [], // checked on its own below: a template holds no values
  'en-GB/preflight.adml': () => [],
};

/**
 * The administrative template holds no values, so it is checked for what it would write: each
 * browser's policies together cover every setting once, under that browser's policy key, and
 * every string and presentation it names is in the ADML.
 */
function checkAdmx(): void {
  const admx = xml(read('preflight.admx'));
  const adml = xml(read('en-GB/preflight.adml'));
  const bases: Record<string, string> = {
    Chrome: `Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_ID}\\policy`,
    Edge: `Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${CHROME_ID}\\policy`,
  };
  const covered: Record<string, string[]> = { Chrome: [], Edge: [] };
  const strings = new Set(Array.from(adml.getElementsByTagName('string')).map((s) => s.getAttribute('id')));
  const presentations = new Map(
    Array.from(adml.getElementsByTagName('presentation')).map((p) => [p.getAttribute('id'), p]),
  );
  for (const ref of read('preflight.admx').matchAll(/\$\(string\.(\w+)\)/g)) expect(strings).toContain(ref[1]);
  for (const policy of Array.from(admx.getElementsByTagName('policy'))) {
    const browser = policy.getElementsByTagName('parentCategory')[0]!.getAttribute('ref')!;
    const base = bases[browser]!;
    const presentation = presentations.get(
      /^\$\(presentation\.(\w+)\)$/.exec(policy.getAttribute('presentation')!)![1]!,
    );
    const elements = Array.from(policy.getElementsByTagName('elements')[0]!.children);
    expect(elements).toHaveLength(1);
    const element = elements[0]!;
    expect(Array.from(presentation!.children).map((c) => c.getAttribute('refId'))).toEqual([
      element.getAttribute('id'),
    ]);
    const key = element.getAttribute('key') ?? policy.getAttribute('key')!;
    expect(key === base || key.startsWith(`${base}\\`)).toBe(true);
    const parts = key.slice(base.length).split('\\').filter(Boolean);
    if (element.getAttribute('valueName')) parts.push(element.getAttribute('valueName')!);
    const path = parts.join('.') as FieldPath;
    expect(FIELD_PATHS).toContain(path);
    covered[browser]!.push(path);
    const type = schemaFor(path)?.type;
    if (element.tagName === 'list' && element.getAttribute('explicitValue') === 'true') expect(path).toBe('rules');
    else if (element.tagName === 'list') expect(type).toBe('array');
    else if (element.tagName === 'enum')
      for (const item of Array.from(element.getElementsByTagName('string')))
        expect(validateLayer(layerWith(path, item.textContent), 'managed').issues).toEqual([]);
    else expect(element.tagName).toBe('text');
  }
  for (const browser of Object.keys(bases)) expect(covered[browser]!.sort()).toEqual([...FIELD_PATHS].sort());
}

describe('docs/deploy samples', () => {
  it('has a check for every file', () => {
    expect(deployFiles().sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  const extracted = Object.values(SAMPLES).flatMap((extract) => extract());
  const reference = extracted[0]!.config;

  it.each(extracted.map((e) => [e.label, e.config] as const))('%s passes Chrome’s schema check', (_, config) => {
    expect(valueProblems(schema, config)).toEqual([]);
  });

  it.each(extracted.map((e) => [e.label, e.config] as const))('%s is accepted by Preflight as it is', (_, config) => {
    const { values, issues } = validateLayer(config, 'managed');
    expect(issues).toEqual([]);
    expect(Object.keys(values).length).toBeGreaterThan(0);
  });

  it('preflight.admx sets every setting once per browser, under its policy key, with its strings in the ADML', () => {
    checkAdmx();
  });

  it('every route carries the same settings', () => {
    for (const { label, config } of extracted) expect([label, config]).toEqual([label, reference]);
  });

  it('names the manifest’s own Chrome/Edge id everywhere, and Firefox’s id only for Firefox', () => {
    expect(CHROME_ID).toBe('oigmngmkggfjgafcpgbkbkkclnlcnoib');
    expect(GECKO_ID).toBe(FIREFOX_ID);
    for (const file of deployFiles()) {
      const text = read(file);
      // Any Chrome id (32 letters a–p) in a sample is the one the manifest's key gives.
      for (const id of text.match(/\b[a-p]{32}\b/g) ?? []) expect([file, id]).toEqual([file, CHROME_ID]);
      if (file === 'firefox-policies.json') {
        expect(text).not.toContain(CHROME_ID);
        expect(text).toContain(GECKO_ID);
      } else if (!WITHOUT_ID.includes(file)) {
        expect([file, text.includes(CHROME_ID)]).toEqual([file, true]);
        expect(text).not.toContain(GECKO_ID);
      }
    }
  });
});
