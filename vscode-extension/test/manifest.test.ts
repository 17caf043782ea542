// package.json: the fields vsce needs, and every file and command its `contributes` names.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { COMMANDS, SETTINGS } from '../src/commands';
import { readJson, ROOT } from './helpers/env';

interface Manifest {
  name: string;
  publisher: string;
  displayName: string;
  version: string;
  license: string;
  main: string;
  engines: { vscode: string };
  activationEvents?: string[];
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
  repository?: unknown;
  contributes: {
    languages: { id: string; aliases: string[]; extensions: string[]; configuration: string }[];
    grammars: { language: string; scopeName: string; path: string }[];
    snippets: { language: string; path: string }[];
    configuration: { properties: Record<string, { type: string; default: unknown; enum?: string[] }> };
    commands: { command: string; title: string; category: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    keybindings: { command: string; key: string; mac?: string; when?: string }[];
  };
}

const manifest = readJson<Manifest>(path.join(ROOT, 'package.json'));
const exists = (relative: string): boolean => fs.existsSync(path.join(ROOT, relative));

/** The lowest version a ^x.y.z range accepts. */
function minimum(range: string): number[] {
  const match = /^\^?(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  assert.ok(match, `a ^x.y.z range: ${range}`);
  return match.slice(1).map(Number);
}
const compare = (a: number[], b: number[]): number => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;

describe('package.json', () => {
  it('names the extension and has what vsce asks for', () => {
    assert.equal(manifest.name, 'blueprint');
    assert.equal(manifest.publisher, 'blueprint');
    assert.equal(manifest.displayName, 'Service Blueprint');
    assert.equal(manifest.version, '0.1.0');
    assert.equal(manifest.license, 'MIT');
    // No public repository yet: packaging says so instead of inventing one.
    assert.equal(manifest.repository, undefined);
    assert.match(manifest.scripts.package, /--allow-missing-repository/);
    for (const file of ['LICENSE', 'README.md', '.vscodeignore', 'package-lock.json']) assert.ok(exists(file), file);
    assert.match(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'), /^MIT License/);
  });

  it('has a main script that the build made', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.ok(exists(manifest.main), 'run `npm run compile` first');
  });

  it('asks for a VS Code that vscode-languageclient and @types/vscode accept', () => {
    const engine = minimum(manifest.engines.vscode);
    const types = minimum(manifest.devDependencies['@types/vscode']!);
    assert.ok(compare(types, engine) <= 0, '@types/vscode must not be newer than engines.vscode (vsce refuses)');
    const client = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-languageclient', 'lib', 'node', 'main.js'), 'utf8');
    const required = /REQUIRED_VSCODE_VERSION = '([^']+)'/.exec(client)?.[1];
    assert.ok(required, 'the version vscode-languageclient requires');
    assert.ok(compare(minimum(required), engine) <= 0, `vscode-languageclient needs ${required}, engines.vscode is ${manifest.engines.vscode}`);
  });

  it('contributes the blueprint language with its configuration', () => {
    const [language] = manifest.contributes.languages;
    assert.equal(language?.id, 'blueprint');
    assert.deepEqual(language?.extensions, ['.blueprint']);
    assert.ok(language!.aliases.includes('Service Blueprint'));
    assert.ok(exists(language!.configuration), language!.configuration);
    const config = readJson<{ comments: { lineComment: string }; wordPattern: { pattern: string; flags: string } }>(path.join(ROOT, language!.configuration));
    assert.equal(config.comments.lineComment, '#');
    const word = new RegExp(config.wordPattern.pattern, config.wordPattern.flags);
    for (const id of ['取号_1', 'Café', 'नमस्ते_२', '_x', 'missing-recovery', '1h30min', '95%', '-1']) {
      assert.equal(word.exec(id)?.[0], id, id);
    }
    assert.equal(word.exec('choose->pay')?.[0], 'choose');
  });

  it('contributes a grammar whose file exists and has its scope name', () => {
    const [grammar] = manifest.contributes.grammars;
    assert.equal(grammar?.language, 'blueprint');
    assert.ok(exists(grammar!.path), grammar!.path);
    assert.equal(readJson<{ scopeName: string }>(path.join(ROOT, grammar!.path)).scopeName, grammar!.scopeName);
    assert.equal(grammar!.scopeName, 'source.blueprint');
  });

  it('contributes snippets from a file that exists', () => {
    const [snippets] = manifest.contributes.snippets;
    assert.equal(snippets?.language, 'blueprint');
    assert.ok(exists(snippets!.path), snippets!.path);
    readJson(path.join(ROOT, snippets!.path));
  });

  it('has a snippet for each construct of language v2', () => {
    const [snippets] = manifest.contributes.snippets;
    const all = readJson<Record<string, { prefix: string }>>(path.join(ROOT, snippets!.path));
    const prefixes = Object.values(all).map((s) => s.prefix);
    for (const word of ['persona', 'channel', 'decision', 'end', 'promise']) assert.ok(prefixes.includes(word), word);
  });

  it('contributes the settings', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.deepEqual(Object.keys(properties).sort(), Object.values(SETTINGS).sort());
    assert.deepEqual(properties[SETTINGS.serverPath], { ...properties[SETTINGS.serverPath], type: 'string', default: '' });
    assert.deepEqual(properties[SETTINGS.debounceMs], { ...properties[SETTINGS.debounceMs], type: 'number', default: 300 });
    assert.deepEqual(properties[SETTINGS.traceServer]?.enum, ['off', 'messages', 'verbose']);
    assert.equal(properties[SETTINGS.traceServer]?.default, 'off');
  });

  it('contributes the commands of src/commands.ts, each with a title in the Blueprint category', () => {
    const contributed = manifest.contributes.commands;
    assert.deepEqual(contributed.map((c) => c.command).sort(), Object.values(COMMANDS).sort());
    for (const c of contributed) {
      assert.equal(c.category, 'Blueprint', c.command);
      assert.ok(c.title.length > 0, c.command);
    }
    const titles = contributed.map((c) => `${c.category}: ${c.title}`);
    for (const title of [
      'Blueprint: Restart Language Server',
      'Blueprint: Open Preview to the Side',
      'Blueprint: Export Diagram as SVG',
      'Blueprint: Export Diagram as PNG',
      'Blueprint: Export Diagram as PDF',
      'Blueprint: Export Checklist',
      'Blueprint: Export Report',
    ]) {
      assert.ok(titles.includes(title), title);
    }
  });

  it('names only contributed commands in menus and keybindings', () => {
    const ids = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) assert.ok(ids.has(item.command), `${menu}: ${item.command}`);
    }
    for (const binding of manifest.contributes.keybindings) assert.ok(ids.has(binding.command), binding.command);
  });

  it('puts the preview in the editor title and on ctrl+k v for blueprint files', () => {
    const title = manifest.contributes.menus['editor/title']?.find((m) => m.command === COMMANDS.showPreviewToSide);
    assert.match(title?.when ?? '', /editorLangId == blueprint/);
    const key = manifest.contributes.keybindings.find((k) => k.command === COMMANDS.showPreviewToSide);
    assert.equal(key?.key, 'ctrl+k v');
    assert.equal(key?.mac, 'cmd+k v');
    assert.match(key?.when ?? '', /editorLangId == blueprint/);
  });

  it('packages only what the extension needs (vsce ls)', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(result.status, 0, result.stderr);
    const files = result.stdout.split(/\r?\n/).filter((l) => l.trim().length > 0).sort();
    assert.deepEqual(files, [
      'LICENSE',
      'README.md',
      'dist/THIRD-PARTY-NOTICES.txt',
      'dist/extension.js',
      'language-configuration.json',
      'media/preview-icon.svg',
      'media/preview.css',
      'media/preview.js',
      'package.json',
      'snippets/blueprint.json',
      'syntaxes/blueprint.tmLanguage.json',
    ]);
  });
});
