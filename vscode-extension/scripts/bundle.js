#!/usr/bin/env node
// @ts-check
// Bundles src/extension.ts and its dependencies (vscode-languageclient) into dist/extension.js, so
// the .vsix needs no node_modules. `--watch` rebuilds on change.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');

/** @type {import('esbuild').BuildOptions} */
const options = {
  entryPoints: [path.join(root, 'src', 'extension.ts')],
  outfile: path.join(root, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  external: ['vscode'],
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  metafile: true,
  logLevel: 'info',
};

/**
 * Writes dist/THIRD-PARTY-NOTICES.txt: the name, version and licence text of every package the
 * bundle holds code of, since their licences ask that their notices go with copies.
 * @param {import('esbuild').Metafile} metafile
 */
function writeNotices(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(input);
    if (match) packages.set(match[1], true);
  }
  const sections = [...packages.keys()].sort().map((dir) => {
    const full = path.resolve(root, dir);
    const pkg = JSON.parse(fs.readFileSync(path.join(full, 'package.json'), 'utf8'));
    const licenseFile = fs.readdirSync(full).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = licenseFile ? fs.readFileSync(path.join(full, licenseFile), 'utf8').trim() : `License: ${pkg.license}`;
    return `${pkg.name} ${pkg.version} (${pkg.license})\n\n${text}\n`;
  });
  const header =
    'The Service Blueprint extension bundles code from these packages into dist/extension.js.\n' +
    'Each is listed with its licence.\n';
  fs.writeFileSync(path.join(root, 'dist', 'THIRD-PARTY-NOTICES.txt'), [header, ...sections].join('\n' + '-'.repeat(78) + '\n\n'));
}

async function main() {
  if (process.argv.includes('--watch')) {
    const context = await esbuild.context({ ...options, minify: false, sourcemap: 'linked' });
    await context.watch();
    return;
  }
  const result = await esbuild.build(options);
  if (result.metafile) writeNotices(result.metafile);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
