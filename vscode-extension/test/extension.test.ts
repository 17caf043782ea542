// dist/extension.js in a fake VS Code (test/helpers/fakeVscode.ts): activation, the commands it
// registers, the message when blueprint is missing, the preview (drawn by the real `blueprint lsp`
// through the language client) and the exports (with the real blueprint program).

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { COMMANDS } from '../src/commands';
import { BLUEPRINT, EXAMPLES, readJson, requireBlueprint, ROOT } from './helpers/env';
import { createFakeVscode, fakeContext, FakeDocument, loadExtension, Uri, type FakePanel, type FakeVscode } from './helpers/fakeVscode';
import { sleep, waitFor } from './helpers/wait';

interface Manifest {
  contributes: { commands: { command: string }[] };
}
const manifest = readJson<Manifest>(path.join(ROOT, 'package.json'));

let tmp: string;
let savedPath: string | undefined;
const contexts: ReturnType<typeof fakeContext>[] = [];

/** Whether the blueprint under test has the language server. */
function hasLsp(): boolean {
  return fs.existsSync(BLUEPRINT) && spawnSync(BLUEPRINT, ['lsp', '--help'], { timeout: 10_000 }).status === 0;
}

before(() => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'extension.js')), 'dist/extension.js: run `npm run compile` first');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-ext-'));
  savedPath = process.env['PATH'];
});
afterEach(async () => {
  process.env['PATH'] = savedPath;
  for (const context of contexts.splice(0)) await context.dispose();
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function activate(fake: FakeVscode) {
  const extension = loadExtension(ROOT, fake);
  const context = fakeContext(ROOT);
  contexts.push(context);
  await extension.activate(context);
  return context;
}

/** A `blueprint` that runs the real one for everything but `lsp`, which it does not have (as before `blueprint lsp` existed). */
function blueprintWithoutLsp(): string {
  const real = requireBlueprint();
  const file = path.join(tmp, 'blueprint');
  fs.writeFileSync(
    file,
    `#!${process.execPath}
const { spawnSync } = require('node:child_process');
const args = process.argv.slice(2);
if (args[0] === 'lsp') {
  process.stderr.write('blueprint: error: unknown command \`lsp\`; run \`blueprint --help\` for the commands\\n');
  process.exit(2);
}
const result = spawnSync(${JSON.stringify(real)}, args, { stdio: 'inherit' });
process.exit(result.status === null ? 1 : result.status);
`,
    { mode: 0o755 },
  );
  return file;
}

describe('activation', () => {
  it('registers exactly the commands package.json contributes', async () => {
    const fake = createFakeVscode();
    process.env['PATH'] = tmp; // no blueprint here
    await activate(fake);
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual([...fake.commands.keys()].sort(), contributed);
    assert.deepEqual(Object.values(COMMANDS).sort(), contributed);
  });

  it('says how to install blueprint when it is on neither the setting nor PATH, with a button to the setting', async () => {
    const fake = createFakeVscode();
    process.env['PATH'] = tmp;
    fake.answers.push({ match: /not found on PATH/, answer: 'Open Settings' });
    await activate(fake);
    await waitFor(() => fake.executed.length > 0, 'the settings to open');
    const error = fake.shown.find((m) => m.level === 'error');
    assert.ok(error, 'an error message');
    assert.match(error.text, /`blueprint` program was not found on PATH/);
    assert.match(error.text, /make build/);
    assert.match(error.text, /build\/blueprint/);
    assert.match(error.text, /blueprint\.server\.path/);
    assert.deepEqual(error.items, ['Open Settings']);
    assert.deepEqual(fake.executed[0], ['workbench.action.openSettings', 'blueprint.server.path']);
  });

  it('names a wrong setting, and tries again when the setting changes', async () => {
    const fake = createFakeVscode();
    process.env['PATH'] = tmp;
    fake.config.set('blueprint.server.path', path.join(tmp, 'nowhere', 'blueprint'));
    await activate(fake);
    assert.match(fake.shown[0]?.text ?? '', /`blueprint\.server\.path` is `.*nowhere.*`/);
    fake.config.set('blueprint.server.path', blueprintWithoutLsp());
    fake.changeConfiguration('blueprint.server.path');
    await waitFor(() => fake.shown.length > 1, 'a second message');
    assert.equal(fake.shown[1]?.level, 'warning');
    assert.match(fake.shown[1]?.text ?? '', /has no language server \(`blueprint lsp`\)/);
  });

  it('warns once that an old blueprint has no language server, also across restarts', async () => {
    const fake = createFakeVscode();
    fake.config.set('blueprint.server.path', blueprintWithoutLsp());
    await activate(fake);
    await fake.execute(COMMANDS.restartServer);
    await fake.execute(COMMANDS.restartServer);
    const warnings = fake.shown.filter((m) => m.level === 'warning');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!.text, /unknown command `lsp`/);
    assert.match(warnings[0]!.text, /the exports work without it; the preview needs it/);
  });
});

describe('the language client', { skip: hasLsp() ? false : 'the blueprint under test has no `lsp` command' }, () => {
  it('starts `blueprint lsp`, restarts it on command and when the setting changes, and stops it on deactivate', async () => {
    const fake = createFakeVscode();
    fake.config.set('blueprint.server.path', requireBlueprint());
    fake.config.set('blueprint.trace.server', 'messages');
    const extension = loadExtension(ROOT, fake);
    const context = fakeContext(ROOT);
    await extension.activate(context);
    const trace = () => (fake.outputs.get('Blueprint Language Server') ?? []).join('\n');
    const count = (pattern: RegExp) => (trace().match(new RegExp(pattern, 'g')) ?? []).length;
    assert.deepEqual(fake.shown, [], 'no error or warning');
    assert.equal(count(/Received response 'initialize - \(0\)'/), 1);

    await fake.execute(COMMANDS.restartServer);
    assert.equal(count(/Received response 'shutdown/), 1);
    assert.equal(count(/Received response 'initialize/), 2);

    fake.changeConfiguration('blueprint.server.path');
    await waitFor(() => count(/Received response 'initialize/) === 3, 'a restart after the setting changed');

    await extension.deactivate();
    assert.equal(count(/Received response 'shutdown/), 3);
    assert.equal(count(/Sending notification 'exit'/), 3);
    assert.deepEqual(fake.shown, []);
    await context.dispose();
  });
});

type Message = { type: string; [key: string]: unknown };

describe('the preview', () => {
  const example = path.join(EXAMPLES, 'coffee-bar.blueprint');
  let text: string;
  before(() => {
    text = fs.readFileSync(example, 'utf8');
  });

  async function openPreview(debounceMs = 50) {
    const fake = createFakeVscode();
    fake.config.set('blueprint.server.path', requireBlueprint());
    fake.config.set('blueprint.preview.debounceMs', debounceMs);
    await activate(fake);
    const document = new FakeDocument(Uri.file(example), text);
    fake.setActiveEditor(document);
    await fake.execute(COMMANDS.showPreviewToSide);
    assert.equal(fake.panels.length, 1);
    const panel = fake.panels[0]!;
    const messages = () => panel.messages as Message[];
    await waitFor(() => messages().some((m) => m.type === 'diagram'), 'the first diagram');
    return { fake, document, panel, messages };
  }

  const renders = (fake: FakeVscode) => (fake.outputs.get('Blueprint') ?? []).filter((l) => l.startsWith('preview:')).length;

  it('shows the SVG of the document in a page with a strict Content-Security-Policy', async () => {
    const { panel, messages } = await openPreview();
    const diagram = messages().find((m) => m.type === 'diagram')!;
    assert.match(String(diagram['svg']), /<svg[\s>]/);
    assert.equal(diagram['document'], 'coffee-bar.blueprint');
    assert.equal(panel.title, 'Preview coffee-bar.blueprint');
    assert.match(panel.html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src vscode-webview:\/\/fake; script-src 'nonce-([A-Za-z0-9]+)'/);
    assert.match(panel.html, /<script nonce="[A-Za-z0-9]+" src="vscode-webview:\/\/fake[^"]*media\/preview\.js"><\/script>/);
    assert.deepEqual(messages().filter((m) => m.type === 'banner').pop(), { type: 'banner', banner: null });
  });

  it('keeps the last good diagram and shows the errors in a banner, until they are fixed', async () => {
    const { fake, document, panel, messages } = await openPreview();
    const diagrams = () => messages().filter((m) => m.type === 'diagram').length;
    const before = diagrams();
    const firstMessage = messages().length;
    const broken = text.replace('customer pay "Pay in the app" takes 30s', 'customer pay "Pay in the app" takes 30 s');
    const line = broken.split('\n').findIndex((l) => l.includes('takes 30 s')) + 1;
    fake.changeDocument(document, broken);
    await waitFor(() => (messages().filter((m) => m.type === 'banner').pop()?.['banner'] ?? null) !== null, 'the banner');
    const banner = messages().filter((m) => m.type === 'banner').pop()!['banner'] as { title: string; items: { line?: number; text: string }[] };
    assert.match(banner.title, /^1 error: the diagram is not redrawn until it is fixed$/);
    assert.equal(banner.items[0]?.line, line);
    assert.match(banner.items[0]?.text ?? '', /expected a duration unit/);
    assert.equal(diagrams(), before, 'no new diagram');
    assert.equal(messages().slice(firstMessage).some((m) => m.type === 'clear'), false, 'the last diagram stays');

    // The page reloads (hidden and shown again): it gets the diagram and the banner again.
    const count = messages().length;
    panel.receive({ type: 'ready' });
    const resent = messages().slice(count);
    assert.equal(resent.filter((m) => m.type === 'diagram').length, 1);
    assert.deepEqual(resent.find((m) => m.type === 'banner')?.['banner'], banner);

    // A click on the error puts the cursor on it (columns: code points to UTF-16).
    panel.receive({ type: 'reveal', line, column: 43 });
    await waitFor(() => fake.revealed.length > 0, 'the editor to show the error');
    assert.deepEqual({ ...fake.revealed[0]!.selection?.start }, { line: line - 1, character: 42 });

    const beforeFix = diagrams();
    fake.changeDocument(document, text);
    await waitFor(() => diagrams() > beforeFix, 'a new diagram');
    assert.deepEqual(messages().filter((m) => m.type === 'banner').pop(), { type: 'banner', banner: null });
  });

  it('draws once per pause in typing, not once per keystroke', async () => {
    // A long debounce, so that a slow machine still types faster than it.
    const { fake, document } = await openPreview(1000);
    const before = renders(fake);
    for (let i = 0; i < 15; i++) {
      fake.changeDocument(document, text.replace('Mobile order & pickup', `Mobile order ${i}`));
      await sleep(20);
    }
    assert.equal(renders(fake), before, 'nothing drawn while typing');
    await waitFor(() => renders(fake) > before, 'a render');
    await sleep(300);
    assert.equal(renders(fake) - before, 1);
  });

  it('draws again when the language server restarts', async () => {
    const { fake } = await openPreview();
    const before = renders(fake);
    await fake.execute(COMMANDS.restartServer);
    await waitFor(() => renders(fake) > before, 'a render after the restart');
    assert.match((fake.outputs.get('Blueprint') ?? []).filter((l) => l.startsWith('preview:')).pop() ?? '', /: drawn in/);
  });

  it('follows the active blueprint editor', async () => {
    const { fake, panel, messages } = await openPreview();
    const other = path.join(EXAMPLES, 'hotel-stay.blueprint');
    const count = messages().filter((m) => m.type === 'diagram').length;
    fake.setActiveEditor(new FakeDocument(Uri.file(other), fs.readFileSync(other, 'utf8')));
    await waitFor(() => messages().filter((m) => m.type === 'diagram').length > count, 'the other diagram');
    assert.equal(messages().filter((m) => m.type === 'diagram').pop()?.['document'], 'hotel-stay.blueprint');
    assert.equal(panel.title, 'Preview hotel-stay.blueprint');
  });

  it('is restored after VS Code restarts, from the URI the page kept', async () => {
    const fake = createFakeVscode();
    fake.config.set('blueprint.server.path', requireBlueprint());
    await activate(fake);
    const serializer = fake.serializers.get('blueprint.preview');
    assert.ok(serializer, 'a serializer for the preview');
    // A panel as VS Code gives it back: no page yet.
    const restored = fake.window.createWebviewPanel('blueprint.preview', 'Preview coffee-bar.blueprint') as unknown as FakePanel;
    await serializer.deserializeWebviewPanel(restored, { zoom: 1.5, uri: Uri.file(example).toString() });
    assert.match(restored.html, /Content-Security-Policy/);
    await waitFor(() => (restored.messages as Message[]).some((m) => m.type === 'diagram'), 'the restored diagram');
    const diagram = (restored.messages as Message[]).find((m) => m.type === 'diagram')!;
    assert.equal(diagram['uri'], Uri.file(example).toString());
    assert.equal(restored.title, 'Preview coffee-bar.blueprint');
  });

  it('is not restored when its document is gone', async () => {
    const fake = createFakeVscode();
    fake.config.set('blueprint.server.path', blueprintWithoutLsp());
    await activate(fake);
    const restored = fake.window.createWebviewPanel('blueprint.preview', 'Preview') as unknown as FakePanel & { disposed?: boolean };
    let disposed = false;
    const original = restored.dispose;
    restored.dispose = () => {
      disposed = true;
      original();
    };
    await fake.serializers.get('blueprint.preview')!.deserializeWebviewPanel(restored, { uri: Uri.file(path.join(tmp, 'deleted.blueprint')).toString() });
    assert.equal(disposed, true);
  });

  it('says that it needs the language server when the program has none', async () => {
    const fake = createFakeVscode();
    fake.config.set('blueprint.server.path', blueprintWithoutLsp());
    await activate(fake);
    fake.setActiveEditor(new FakeDocument(Uri.file(example), text));
    await fake.execute(COMMANDS.showPreviewToSide);
    const messages = () => fake.panels[0]!.messages as Message[];
    await waitFor(() => messages().some((m) => m.type === 'banner' && m['banner'] !== null), 'the banner');
    const banner = messages().filter((m) => m.type === 'banner').pop()!['banner'] as { title: string };
    assert.match(banner.title, /needs the blueprint language server/);
    assert.equal(messages().some((m) => m.type === 'diagram'), false);
  });

  it('stops drawing when the preview is closed', async () => {
    const { fake, document, panel } = await openPreview(0);
    fake.changeDocument(document, text + ' ');
    panel.dispose();
    const before = renders(fake);
    fake.changeDocument(document, text + '  ');
    await sleep(300);
    assert.ok(renders(fake) - before <= 1);
    const after = renders(fake);
    fake.changeDocument(document, text + '   ');
    await sleep(300);
    assert.equal(renders(fake), after, 'no render after the panel is gone');
  });
});

describe('the exports', () => {
  const example = path.join(EXAMPLES, 'coffee-bar.blueprint');

  async function setup(documentText?: string) {
    const fake = createFakeVscode();
    fake.config.set('blueprint.server.path', blueprintWithoutLsp());
    await activate(fake);
    const document = new FakeDocument(Uri.file(example), documentText ?? fs.readFileSync(example, 'utf8'));
    if (documentText !== undefined) document.isDirty = true;
    fake.setActiveEditor(document);
    return { fake, document };
  }

  for (const [command, ext, magic] of [
    [COMMANDS.exportSvg, 'svg', '<'],
    [COMMANDS.exportPng, 'png', '\x89PNG'],
    [COMMANDS.exportPdf, 'pdf', '%PDF'],
  ] as const) {
    it(`${command} writes the ${ext} where the save dialog says`, async () => {
      const { fake } = await setup();
      const out = path.join(tmp, `diagram.${ext}`);
      fake.setSaveDialogAnswer(Uri.file(out));
      await fake.execute(command);
      assert.ok(fs.readFileSync(out, 'latin1').startsWith(magic));
      assert.match(fake.shown.pop()?.text ?? '', new RegExp(`exported the diagram as ${ext.toUpperCase()} to diagram\\.${ext}`));
    });
  }

  it('exports the checklist in the format picked', async () => {
    const { fake } = await setup();
    const out = path.join(tmp, 'audit.csv');
    fake.setSaveDialogAnswer(Uri.file(out));
    fake.setQuickPickAnswer((items) => items.find((i) => i.label === 'CSV for Excel'));
    await fake.execute(COMMANDS.exportChecklist);
    const csv = fs.readFileSync(out);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  });

  it('exports the report of the unsaved text, not of the file on disk', async () => {
    const text = fs.readFileSync(example, 'utf8').replace('Mobile order & pickup', 'Edited but not saved');
    const { fake } = await setup(text);
    const out = path.join(tmp, 'report.html');
    fake.setSaveDialogAnswer(Uri.file(out));
    await fake.execute(COMMANDS.exportReport);
    assert.match(fs.readFileSync(out, 'utf8'), /Edited but not saved/);
  });

  it('shows the first error when the blueprint has errors, and writes nothing', async () => {
    const { fake } = await setup('blueprint "x" {\n  stage s "S" { customer a "A" takes 5 min }\n}\n');
    const out = path.join(tmp, 'never.svg');
    fake.setSaveDialogAnswer(Uri.file(out));
    await fake.execute(COMMANDS.exportSvg);
    const error = fake.shown.filter((m) => m.level === 'error').pop();
    assert.ok(error, JSON.stringify(fake.shown));
    assert.match(error?.text ?? '', /the diagram as SVG was not exported\. The blueprint has errors, the first at 2:39: expected a duration unit .* See the Problems panel\./);
    assert.match((fake.outputs.get('Blueprint') ?? []).join('\n'), /expected a duration unit/, 'the messages in the output');
    assert.deepEqual(error?.items, ['Show Output']);
    assert.equal(fs.existsSync(out), false);
  });

  it('does nothing when the save dialog is cancelled', async () => {
    const { fake } = await setup();
    const before = fake.shown.length;
    fake.setSaveDialogAnswer(undefined);
    await fake.execute(COMMANDS.exportReport);
    assert.equal(fake.shown.length, before);
  });

  it('asks for a blueprint when none is open', async () => {
    const { fake } = await setup();
    fake.setActiveEditor(undefined);
    await fake.execute(COMMANDS.exportPdf);
    assert.match(fake.shown.pop()?.text ?? '', /open a \.blueprint file first/);
  });
});
