import { Draft } from './rules/draft.ts';
import { DEFAULT_CONFIG } from './rules/config.ts';
import { RULES_BY_ID } from './rules/index.ts';
const base = 'The council did a lovely job with the park and my manager said the ref was useless on Saturday, what a joke. ';
const n = Number(process.argv[2] ?? 10000);
const text = base.repeat(Math.ceil(n / base.length));
for (const id of ['offensive-language', 'derogatory-council', 'derogatory-people']) {
  const d = new Draft(text, { mode: 'personal', field: 'post', site: 'other' }, DEFAULT_CONFIG);
  const t = performance.now();
  const r = RULES_BY_ID.get(id)!.detect(d);
  console.log(id, text.length, (performance.now() - t).toFixed(0), 'ms', r.length);
}
