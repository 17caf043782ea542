#!/usr/bin/env node
// @ts-check
// Runs the grammar's tests with vscode-tmgrammar-test:
//   - snapshot tests (vscode-tmgrammar-snap) of every example in ../examples and of the fixtures in
//     test/grammar/fixtures; the snapshots (*.snap) are committed under test/grammar/;
//   - assertion tests (vscode-tmgrammar-test) in test/grammar/assertions/*.test.blueprint.
// The examples are copied into test/grammar/examples/ (not committed) so the tool writes its
// snapshots there and nothing into ../examples.
//
//   node scripts/grammar-tests.js            run both; exit 1 on a difference or a missing snapshot
//   node scripts/grammar-tests.js --update   rewrite the snapshots (then review them: git diff)
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const examplesSource = path.resolve(root, '..', 'examples');
const grammarDir = path.join(root, 'test', 'grammar');
const examplesCopy = path.join(grammarDir, 'examples');
const fixtures = path.join(grammarDir, 'fixtures');
const assertions = path.join(grammarDir, 'assertions');
const grammar = path.join(root, 'syntaxes', 'blueprint.tmLanguage.json');
const TIMEOUT_MS = 120_000;

const toolDir = path.dirname(require.resolve('vscode-tmgrammar-test/package.json'));
const snapTool = path.join(toolDir, 'dist', 'snapshot.js');
const unitTool = path.join(toolDir, 'dist', 'unit.js');

/** @param {string} dir @param {string} suffix */
function filesIn(dir, suffix) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Copies ../examples/*.blueprint into test/grammar/examples/, removing copies of deleted examples. */
function copyExamples() {
  fs.mkdirSync(examplesCopy, { recursive: true });
  const names = fs.readdirSync(examplesSource).filter((f) => f.endsWith('.blueprint'));
  if (names.length === 0) throw new Error(`no examples in ${examplesSource}`);
  for (const old of filesIn(examplesCopy, '.blueprint')) {
    if (!names.includes(path.basename(old))) fs.rmSync(old);
  }
  for (const name of names) fs.copyFileSync(path.join(examplesSource, name), path.join(examplesCopy, name));
  return names.map((n) => path.join(examplesCopy, n));
}

/** @param {string} tool @param {string[]} args */
function run(tool, args) {
  const result = spawnSync(process.execPath, [tool, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  if (result.error) {
    console.error(`${path.basename(tool)}: ${result.error.message}`);
    return false;
  }
  return result.status === 0;
}

function main() {
  const update = process.argv.includes('--update');
  const sources = [...copyExamples(), ...filesIn(fixtures, '.blueprint')];
  const rel = sources.map((f) => path.relative(root, f));

  if (!update) {
    // vscode-tmgrammar-snap writes a missing snapshot and passes: here a missing one is a failure.
    const missing = rel.filter((f) => !fs.existsSync(path.join(root, f + '.snap')));
    if (missing.length > 0) {
      console.error(`missing snapshots (run \`npm run test:update-snapshots\`, then review them):\n  ${missing.join('\n  ')}`);
      process.exit(1);
    }
  } else {
    // Remove snapshots whose source is gone.
    for (const dir of [examplesCopy, fixtures]) {
      for (const snap of filesIn(dir, '.snap')) {
        if (!fs.existsSync(snap.slice(0, -'.snap'.length))) fs.rmSync(snap);
      }
    }
  }

  let ok = run(snapTool, ['-g', path.relative(root, grammar), '-s', 'source.blueprint', ...(update ? ['--updateSnapshot'] : []), ...rel]);
  const tests = filesIn(assertions, '.test.blueprint').map((f) => path.relative(root, f));
  if (tests.length === 0) {
    console.error('no assertion tests in test/grammar/assertions');
    ok = false;
  } else {
    ok = run(unitTool, ['-g', path.relative(root, grammar), ...tests]) && ok;
  }
  process.exit(ok ? 0 : 1);
}

main();
