// Bundles every fixture script in fixtures/src (except shared modules) into test-results/e2e-fixtures/,
// where the harness serves them at https://<fixture host>/__fixtures/<name>.js.

import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURE_SRC = path.join(here, 'fixtures', 'src');
export const FIXTURE_BUNDLES = path.resolve(here, '..', '..', 'test-results', 'e2e-fixtures');
/** Modules imported by the page scripts, not pages' scripts themselves. */
const SHARED = new Set(['record.ts']);

/** The copy of the built extension the tests load (see grantForumHosts). */
export const E2E_EXTENSION = path.resolve(here, '..', '..', 'test-results', 'e2e-extension');

/**
 * Copies the built extension and grants it the fixture forums' hosts in its manifest. A user
 * grants a forum host by clicking Allow in Chrome's permission prompt, which no test tool can
 * answer (Playwright declines to: microsoft/playwright#32755); the copy's code is byte for byte
 * the build's, so everything after the grant (registering the forum content script for exactly
 * the granted hosts) runs as shipped.
 */
export function grantForumHosts(source: string, forumHosts: readonly string[]): string {
  if (!existsSync(path.join(source, 'manifest.json'))) {
    throw new Error(`The built extension is missing at ${source}: run npm run build first.`);
  }
  rmSync(E2E_EXTENSION, { recursive: true, force: true });
  cpSync(source, E2E_EXTENSION, { recursive: true });
  const manifestPath = path.join(E2E_EXTENSION, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...forumHosts.map((h) => `*://${h}/*`)];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return E2E_EXTENSION;
}

export default async function globalSetup(): Promise<void> {
  // The harness makes a fresh copy of the current build on first use.
  rmSync(E2E_EXTENSION, { recursive: true, force: true });
  const entryPoints = readdirSync(FIXTURE_SRC)
    .filter((name) => name.endsWith('.ts') && !SHARED.has(name))
    .map((name) => path.join(FIXTURE_SRC, name));
  await build({
    entryPoints,
    outdir: FIXTURE_BUNDLES,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: false,
    sourcemap: false,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
}
