#!/usr/bin/env node
// The package's `preflight` command and `npm run check`: the CLI in cli/main.ts. Node ≥ 22.18
// runs TypeScript itself; an older Node would fail with an obscure "unknown file extension".
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`preflight: needs Node.js 22.18 or newer (this is ${process.version}); see the README.`);
  process.exit(2);
}
const { run } = await import('../cli/main.ts');
process.exitCode = await run(process.argv.slice(2));
