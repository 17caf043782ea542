#!/usr/bin/env node
// @ts-check
// `npm test`: every compiled test (out/test/**/*.test.js) with node's test runner, in one run.
// The blueprint program under test is $BLUEPRINT_BINARY, or ../build/blueprint.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const testDir = path.join(root, 'out', 'test');

/** @param {string} dir @returns {string[]} */
function testFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return testFiles(full);
      return entry.name.endsWith('.test.js') ? [full] : [];
    })
    .sort();
}

if (!fs.existsSync(testDir) || !fs.existsSync(path.join(root, 'dist', 'extension.js'))) {
  console.error('The tests are not compiled: run `npm run compile` first.');
  process.exit(1);
}
const binary = path.resolve(root, process.env.BLUEPRINT_BINARY || path.join('..', 'build', 'blueprint'));
console.log(`blueprint under test: ${binary}${fs.existsSync(binary) ? '' : ' (missing: the tests that run it will fail)'}`);

const files = testFiles(testDir);
if (files.length === 0) {
  console.error('no tests in out/test');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', ...files.map((f) => path.relative(root, f))], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BLUEPRINT_BINARY: binary },
});
process.exit(result.status === null ? 1 : result.status);
