// The configuration document (SPEC §4): one zod schema, the bundled Leighton Linslade default,
// and a merge that validates each layer field by field, so one bad value from IT is reported
// in words and ignored while everything else still applies.
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty').max(200, 'is longer than 200 characters');
const textList = z.array(text).max(5000, 'has more than 5,000 entries');
const isoDate = z.string().refine((d) => {
  const date = new Date(`${d}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(d);
}, 'must be a real date written YYYY-MM-DD');
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{3,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a domain name such as example.gov.uk');
const host = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a host name such as forum.example.org');
export const severityOrOff = z.enum(['error', 'warning', 'info', 'off']);

const organisationEntry = z.strictObject({
  name: text,
  aliases: textList.optional(),
  approved: z.boolean({ error: 'must be true or false' }),
  approvedUntil: isoDate.nullable().optional(),
});

/** Every setting, each with the schema that validates it on its own. */
export const fieldSchemas = {
  'organisation.name': text,
  'organisation.aliases': textList,
  'organisation.places': textList,
  'organisation.emailDomains': z.array(domain).max(100),
  'organisation.officialAccounts': z.array(text.transform((h) => h.replace(/^@/, ''))).max(100),
  colleagues: textList,
  organisations: z.array(organisationEntry).max(5000),
  publicContacts: textList,
  'lexicon.derogatory': textList,
  'lexicon.allow': textList,
  rules: z.record(z.string(), severityOrOff),
  enforcement: z.enum(['warn', 'block']),
  forums: z.array(host).max(1000),
  policyUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).nullable(),
} as const;

export type FieldPath = keyof typeof fieldSchemas;
export const FIELD_PATHS = Object.keys(fieldSchemas) as FieldPath[];

export const configSchema = z.strictObject({
  organisation: z.strictObject({
    name: fieldSchemas['organisation.name'],
    aliases: fieldSchemas['organisation.aliases'],
    places: fieldSchemas['organisation.places'],
    emailDomains: fieldSchemas['organisation.emailDomains'],
    officialAccounts: fieldSchemas['organisation.officialAccounts'],
  }),
  colleagues: fieldSchemas.colleagues,
  organisations: fieldSchemas.organisations,
  publicContacts: fieldSchemas.publicContacts,
  lexicon: z.strictObject({
    derogatory: fieldSchemas['lexicon.derogatory'],
    allow: fieldSchemas['lexicon.allow'],
  }),
  rules: fieldSchemas.rules,
  enforcement: fieldSchemas.enforcement,
  forums: fieldSchemas.forums,
  policyUrl: fieldSchemas.policyUrl,
});

export type Config = z.infer<typeof configSchema>;
export type OrganisationEntry = z.infer<typeof organisationEntry>;

/**
 * The bundled default: Leighton-Linslade Town Council's public facts, from its website.
 * Official handles and the rosters (colleagues, organisations) are for IT to set.
 */
export const DEFAULT_CONFIG: Config = {
  organisation: {
    name: 'Leighton-Linslade Town Council',
    aliases: ['Leighton Linslade Town Council', 'LLTC', 'Leighton Linslade TC', 'Leighton-Linslade TC'],
    places: ['Leighton Buzzard', 'Linslade', 'Leighton-Linslade'],
    emailDomains: ['leightonlinslade-tc.gov.uk'],
    officialAccounts: [],
  },
  colleagues: [],
  organisations: [],
  publicContacts: ['01525 631920', 'info@leightonlinslade-tc.gov.uk', 'The White House, Hockliffe Street'],
  lexicon: { derogatory: [], allow: [] },
  rules: {},
  enforcement: 'warn',
  forums: [],
  policyUrl: null,
};

export type ConfigSource = 'managed' | 'user' | 'default';

export interface ConfigIssue {
  source: ConfigSource | 'file';
  /** Where the bad value sits, e.g. `organisations[2].approvedUntil`. */
  path: string;
  value: unknown;
  /** A plain-words sentence naming the field, the value and what was expected. */
  message: string;
}

export interface ResolvedConfig {
  config: Config;
  issues: ConfigIssue[];
  /** Which layer each setting came from. */
  sources: Record<FieldPath, ConfigSource>;
}

function describe(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function pathText(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

const ARRAY_FIELDS = new Set<FieldPath>(FIELD_PATHS.filter((p) => fieldSchemas[p] instanceof z.ZodArray));

/**
 * Validates one setting. Lists keep their valid entries and drop the bad ones; `rules`
 * keeps its valid keys; anything else is all or nothing.
 */
function validateField(
  source: ConfigIssue['source'],
  path: FieldPath,
  value: unknown,
  issues: ConfigIssue[],
): { ok: true; value: unknown } | { ok: false } {
  const schema = fieldSchemas[path];
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const report = (p: readonly PropertyKey[], message: string) => {
    const ignored = typeof p[0] === 'number' && p.length > 1 ? 'that entry was ignored' : 'it was ignored';
    issues.push({
      source,
      path: pathText(path, p),
      value: valueAt(value, p),
      message:
        valueAt(value, p) === undefined
          ? `${pathText(path, p)} is missing (it ${message}); ${ignored}.`
          : `${pathText(path, p)}: ${describe(valueAt(value, p))} ${message}; ${ignored}.`,
    });
  };
  if (ARRAY_FIELDS.has(path) && Array.isArray(value)) {
    const element = (schema as z.ZodArray<z.ZodType>).element;
    const kept: unknown[] = [];
    value.forEach((item, i) => {
      const one = element.safeParse(item);
      if (one.success) kept.push(one.data);
      else for (const issue of one.error.issues) report([i, ...issue.path], plainMessage(issue));
    });
    return { ok: true, value: kept };
  }
  if (path === 'rules' && value && typeof value === 'object' && !Array.isArray(value)) {
    const kept: Record<string, string> = {};
    for (const [key, v] of Object.entries(value)) {
      const one = severityOrOff.safeParse(v);
      if (!KNOWN_RULES.has(key)) report([key], 'names no rule Preflight has');
      else if (one.success) kept[key] = one.data;
      else report([key], 'must be one of error, warning, info or off');
    }
    return { ok: true, value: kept };
  }
  for (const issue of parsed.error.issues) report(issue.path, plainMessage(issue));
  return { ok: false };
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has a field Preflight does not know (${issue.keys.join(', ')})`;
    default:
      return issue.message;
  }
}

/** Rule ids the `rules` setting may name; filled in by `rules/index.ts` to avoid an import cycle. */
const KNOWN_RULES = new Set<string>();
export function registerRuleIds(ids: Iterable<string>): void {
  for (const id of ids) KNOWN_RULES.add(id);
}

const OBJECT_FIELDS = { organisation: 'organisation', lexicon: 'lexicon' } as const;

/** Validates one layer (IT-managed, user or a file) and returns the settings it validly sets. */
export function validateLayer(
  input: unknown,
  source: ConfigIssue['source'],
): { values: Partial<Record<FieldPath, unknown>>; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const values: Partial<Record<FieldPath, unknown>> = {};
  if (input === undefined || input === null) return { values, issues };
  if (typeof input !== 'object' || Array.isArray(input)) {
    issues.push({
      source,
      path: '',
      value: input,
      message: `The configuration should be a JSON object, not ${describe(input)}; it was ignored.`,
    });
    return { values, issues };
  }
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (key in OBJECT_FIELDS) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        issues.push({
          source,
          path: key,
          value,
          message: `${key}: ${describe(value)} should be an object; it was ignored.`,
        });
        continue;
      }
      for (const [sub, subValue] of Object.entries(value as Record<string, unknown>)) {
        const path = `${key}.${sub}`;
        if (!(path in fieldSchemas)) {
          issues.push({
            source,
            path,
            value: subValue,
            message: `${path} is not a setting Preflight knows; it was ignored.`,
          });
          continue;
        }
        const result = validateField(source, path as FieldPath, subValue, issues);
        if (result.ok) values[path as FieldPath] = result.value;
      }
      continue;
    }
    if (!(key in fieldSchemas) || key.includes('.')) {
      issues.push({ source, path: key, value, message: `${key} is not a setting Preflight knows; it was ignored.` });
      continue;
    }
    const result = validateField(source, key as FieldPath, value, issues);
    if (result.ok) values[key as FieldPath] = result.value;
  }
  return { values, issues };
}

function getField(config: Config, path: FieldPath): unknown {
  const [a, b] = path.split('.') as [keyof Config, string | undefined];
  return b ? (config[a] as Record<string, unknown>)[b] : config[a];
}

function setField(config: Config, path: FieldPath, value: unknown): void {
  const [a, b] = path.split('.') as [keyof Config, string | undefined];
  if (b) (config[a] as Record<string, unknown>)[b] = value;
  else (config as unknown as Record<string, unknown>)[a] = value;
}

/**
 * Merges layers over the bundled default, highest priority first (IT-managed, then user).
 * Settings replace the default's; `rules` merges key by key.
 */
export function resolveConfig(
  layers: ReadonlyArray<{ source: ConfigSource | 'file'; value: unknown }>,
): ResolvedConfig {
  const config = structuredClone(DEFAULT_CONFIG);
  const sources = Object.fromEntries(FIELD_PATHS.map((p) => [p, 'default'])) as Record<FieldPath, ConfigSource>;
  const issues: ConfigIssue[] = [];
  // Apply lowest priority first so higher layers overwrite.
  for (const layer of [...layers].reverse()) {
    const { values, issues: layerIssues } = validateLayer(layer.value, layer.source);
    issues.push(...layerIssues);
    for (const path of FIELD_PATHS) {
      if (!(path in values)) continue;
      const value = values[path];
      setField(
        config,
        path,
        path === 'rules' ? { ...(getField(config, path) as object), ...(value as object) } : value,
      );
      sources[path] = layer.source === 'file' ? 'user' : layer.source;
    }
  }
  return { config, issues, sources };
}

/** Merges a partial configuration (already trusted, e.g. an example's) over the default. */
export function configWith(overrides: Partial<Config> | undefined): Config {
  if (!overrides) return DEFAULT_CONFIG;
  return resolveConfig([{ source: 'user', value: overrides }]).config;
}
