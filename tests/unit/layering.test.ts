// rules/ is plain TypeScript for Node and the content script: lint must stop it reaching into
// the extension's UI, entry points or browser APIs.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '../..') });

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal');
}

describe('layering', () => {
  it.each([
    ["import { Popup } from '../components/Popup.tsx';\nexport const x = Popup;\n", 'no-restricted-imports'],
    ["import main from '../entrypoints/background.ts';\nexport const x = main;\n", 'no-restricted-imports'],
    ["import { browser } from 'wxt/browser';\nexport const x = browser;\n", 'no-restricted-imports'],
    ['export const title = document.title;\n', 'no-restricted-globals'],
    ["export const r = fetch('https://example.org');\n", 'no-restricted-globals'],
  ])('rejects %j in rules/', async (code, rule) => {
    expect(await ruleIds(code, 'rules/example.ts')).toContain(rule);
  });

  it('allows the same import outside rules/', async () => {
    const code = "import { Popup } from '../components/Popup.tsx';\nexport const x = Popup;\n";
    expect(await ruleIds(code, 'entrypoints/example.ts')).not.toContain('no-restricted-imports');
  });
});
