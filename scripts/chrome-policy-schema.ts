// Chrome's subset of JSON Schema for an extension's `storage.managed_schema`, and a validator
// for policy values written against it. The keyword lists are Chromium's own
// (components/policy/core/common/schema.cc, kAttributesAndTypesFor*): Chrome ignores any other
// keyword, so a schema that leans on one would promise a check Chrome never makes.

export type PolicySchema = { [keyword: string]: unknown };

/** The keywords Chrome accepts, per `type` (and for a `$ref` node). */
export const CHROME_SCHEMA_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  array: ['description', 'id', 'items', 'sensitiveValue', 'title', 'type'],
  boolean: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  integer: ['description', 'enum', 'id', 'maximum', 'minimum', 'sensitiveValue', 'title', 'type'],
  number: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  object: [
    'additionalProperties',
    'description',
    'id',
    'patternProperties',
    'properties',
    'required',
    'sensitiveValue',
    'title',
    'type',
  ],
  string: ['description', 'enum', 'id', 'pattern', 'sensitiveValue', 'title', 'type'],
  $ref: ['$ref', 'description', 'title'],
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every node of a schema with its path, depth first. */
export function schemaNodes(schema: PolicySchema, path = '(root)'): Array<{ path: string; node: PolicySchema }> {
  const out = [{ path, node: schema }];
  const children = (key: string) => (isRecord(schema[key]) ? (schema[key] as Record<string, unknown>) : {});
  for (const [name, sub] of Object.entries(children('properties')))
    if (isRecord(sub)) out.push(...schemaNodes(sub, `${path}.properties.${name}`));
  for (const [name, sub] of Object.entries(children('patternProperties')))
    if (isRecord(sub)) out.push(...schemaNodes(sub, `${path}.patternProperties.${name}`));
  if (isRecord(schema.additionalProperties))
    out.push(...schemaNodes(schema.additionalProperties, `${path}.additionalProperties`));
  if (isRecord(schema.items)) out.push(...schemaNodes(schema.items, `${path}.items`));
  return out;
}

/** What Chrome would refuse, or silently ignore, in a managed-storage schema. Empty when fine. */
export function schemaProblems(schema: PolicySchema): string[] {
  const problems: string[] = [];
  if (schema.type !== 'object') problems.push('(root): the top-level schema must have type "object"');
  if ('additionalProperties' in schema || 'patternProperties' in schema)
    problems.push('(root): Chrome refuses additionalProperties and patternProperties at the top level');
  for (const { path, node } of schemaNodes(schema)) {
    const kind = '$ref' in node ? '$ref' : node.type;
    if (typeof kind !== 'string' || !(kind in CHROME_SCHEMA_KEYWORDS)) {
      problems.push(`${path}: needs a "type" Chrome knows (array, boolean, integer, number, object or string)`);
      continue;
    }
    const allowed = CHROME_SCHEMA_KEYWORDS[kind]!;
    for (const key of Object.keys(node))
      if (!allowed.includes(key)) problems.push(`${path}: Chrome does not use "${key}" on a ${kind} schema`);
    for (const key of ['properties', 'patternProperties'])
      if (key in node && !isRecord(node[key])) problems.push(`${path}: "${key}" must be an object of schemas`);
    if ('items' in node && !isRecord(node.items)) problems.push(`${path}: "items" must be one schema`);
    if ('enum' in node && (!Array.isArray(node.enum) || node.enum.length === 0))
      problems.push(`${path}: "enum" must be a non-empty list`);
  }
  return problems;
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * Checks a policy value against a schema as Chrome would, but strictly: where Chrome quietly
 * drops a property the schema does not declare, this reports it, because a sample should hold
 * nothing that is thrown away.
 */
export function valueProblems(schema: PolicySchema, value: unknown, path = ''): string[] {
  const here = path || '(value)';
  const type = schema.type;
  const actual = typeOf(value);
  const matches = type === actual || (type === 'number' && actual === 'integer');
  if (!matches) return [`${here}: should be of type ${String(type)}, is ${actual}`];
  const problems: string[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    problems.push(`${here}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof schema.pattern === 'string' && typeof value === 'string' && !new RegExp(schema.pattern).test(value))
    problems.push(`${here}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${here}: below the minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) problems.push(`${here}: above the maximum`);
  }
  if (Array.isArray(value) && isRecord(schema.items))
    value.forEach((item, i) => problems.push(...valueProblems(schema.items as PolicySchema, item, `${path}[${i}]`)));
  if (isRecord(value)) {
    const properties = isRecord(schema.properties) ? schema.properties : {};
    const patterns = isRecord(schema.patternProperties) ? schema.patternProperties : {};
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      const matching: PolicySchema[] = [];
      if (isRecord(properties[key])) matching.push(properties[key]);
      for (const [pattern, sub] of Object.entries(patterns))
        if (isRecord(sub) && new RegExp(pattern).test(key)) matching.push(sub);
      if (matching.length === 0 && isRecord(schema.additionalProperties)) matching.push(schema.additionalProperties);
      if (matching.length === 0) problems.push(`${at}: the schema does not declare it (Chrome would drop it)`);
      for (const sub of matching) problems.push(...valueProblems(sub, item, at));
    }
    if (Array.isArray(schema.required))
      for (const key of schema.required)
        if (typeof key === 'string' && !(key in value)) problems.push(`${here}: ${key} is required`);
  }
  return problems;
}
