import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CHECKLIST_CHOICES,
  checklistInvocation,
  defaultOutputPath,
  diagramInvocation,
  inputOf,
  reportInvocation,
  SERVER_ARGS,
  SERVER_PROBE_ARGS,
  firstError,
  type Invocation,
} from '../../src/cli';
import { runProcess } from '../../src/runner';
import { EXAMPLES, requireBlueprint } from '../helpers/env';

describe('the first error of a JSON document', () => {
  const doc = (diagnostics: object[]) => JSON.stringify({ version: 1, diagnostics, summary: {} });
  const error = (line: number, message: string) => ({ severity: 'error', line, column: 3, message });

  it('is its line, column and message, with how many more there are', () => {
    assert.equal(firstError(doc([error(4, 'unknown step `x`')])), '4:3: unknown step `x`');
    assert.equal(firstError(doc([{ ...error(1, 'w'), severity: 'warning' }, error(2, 'a'), error(9, 'b')])), '2:3: a (and 1 more)');
  });

  it('is nothing for text, a document without errors, or a malformed one', () => {
    assert.equal(firstError('blueprint: error: cannot read `x`'), undefined);
    assert.equal(firstError(doc([])), undefined);
    assert.equal(firstError('{"diagnostics": 5}'), undefined);
    assert.equal(firstError('null'), undefined);
  });
});

describe('command lines', () => {
  it('passes a saved file by name from its folder', () => {
    assert.deepEqual(diagramInvocation({ kind: 'file', path: '/w/ex/coffee-bar.blueprint' }, 'png', '/out/c.png'), {
      args: ['render', 'coffee-bar.blueprint', '-o', '/out/c.png', '--format', 'png', '--message-format', 'json'],
      cwd: '/w/ex',
    });
    assert.deepEqual(inputOf({ kind: 'file', path: '/w/-odd.blueprint' }), { input: './-odd.blueprint', cwd: '/w' });
  });

  it('sends unsaved text on stdin', () => {
    assert.deepEqual(diagramInvocation({ kind: 'text', text: 'T' }, 'pdf', '/o/x.pdf'), {
      args: ['render', '-', '-o', '/o/x.pdf', '--format', 'pdf', '--message-format', 'json'],
      stdin: 'T',
    });
    assert.deepEqual(reportInvocation({ kind: 'text', text: 'T' }, '/o/r.html'), { args: ['report', '-', '-o', '/o/r.html', '--message-format', 'json'], stdin: 'T' });
  });

  it('builds the checklist for each format, with --bom only for CSV for Excel', () => {
    const lines = CHECKLIST_CHOICES.map((c) => checklistInvocation({ kind: 'text', text: '' }, c, `/o/c.${c.extension}`).args.join(' '));
    assert.deepEqual(lines, [
      'checklist - -o /o/c.md --format md --message-format json',
      'checklist - -o /o/c.html --format html --message-format json',
      'checklist - -o /o/c.csv --format csv --message-format json',
      'checklist - -o /o/c.csv --format csv --bom --message-format json',
      'checklist - -o /o/c.json --format json --message-format json',
    ]);
  });

  it('starts the language server with `blueprint lsp`', () => {
    assert.deepEqual(SERVER_ARGS, ['lsp']);
    assert.deepEqual(SERVER_PROBE_ARGS, ['lsp', '--help']);
  });

  it('puts exports next to the blueprint by default', () => {
    const doc = path.join('/w', 'ex', 'coffee-bar.blueprint');
    assert.equal(defaultOutputPath(doc, 'x', '/tmp', { kind: 'diagram', format: 'svg' }), path.join('/w', 'ex', 'coffee-bar.svg'));
    assert.equal(defaultOutputPath(doc, 'x', '/tmp', { kind: 'diagram', format: 'pdf' }), path.join('/w', 'ex', 'coffee-bar.pdf'));
    assert.equal(defaultOutputPath(doc, 'x', '/tmp', { kind: 'checklist', extension: 'csv' }), path.join('/w', 'ex', 'coffee-bar.checklist.csv'));
    assert.equal(defaultOutputPath(doc, 'x', '/tmp', { kind: 'report' }), path.join('/w', 'ex', 'coffee-bar.html'));
    assert.equal(defaultOutputPath(undefined, 'Untitled-1', '/ws', { kind: 'report' }), path.join('/ws', 'Untitled-1.html'));
  });
});

// The same command lines, run against the real program.
describe('command lines against blueprint', () => {
  let program: string;
  let dir: string;
  const example = path.join(EXAMPLES, 'coffee-bar.blueprint');
  let text: string;

  before(() => {
    program = requireBlueprint();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-cli-'));
    text = fs.readFileSync(example, 'utf8');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function run(invocation: Invocation) {
    const result = await runProcess(program, invocation.args, {
      ...(invocation.stdin !== undefined ? { stdin: invocation.stdin } : {}),
      ...(invocation.cwd !== undefined ? { cwd: invocation.cwd } : {}),
      timeoutMs: 60_000,
    }).result;
    assert.equal(result.spawnError, undefined);
    return result;
  }

  for (const format of ['svg', 'png', 'pdf'] as const) {
    it(`exports the diagram as ${format} from a file and from stdin`, async () => {
      const magic = { svg: '<', png: '\x89PNG', pdf: '%PDF' }[format];
      for (const source of [{ kind: 'file' as const, path: example }, { kind: 'text' as const, text }]) {
        const out = path.join(dir, `${source.kind}.${format}`);
        const result = await run(diagramInvocation(source, format, out));
        assert.equal(result.code, 0, result.stderr);
        assert.ok(fs.readFileSync(out, 'latin1').startsWith(magic), `${out} starts with ${magic}`);
      }
    });
  }

  for (const choice of CHECKLIST_CHOICES) {
    it(`exports the checklist as ${choice.label}`, async () => {
      const out = path.join(dir, `checklist-${choice.label.replace(/\W/g, '')}.${choice.extension}`);
      const result = await run(checklistInvocation({ kind: 'text', text }, choice, out));
      assert.equal(result.code, 0, result.stderr);
      const content = fs.readFileSync(out);
      assert.ok(content.length > 0);
      assert.equal(content.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), choice.bom, 'byte order mark');
      if (choice.format === 'json') JSON.parse(content.toString('utf8'));
      if (choice.format === 'html') assert.match(content.toString('utf8'), /<html/i);
    });
  }

  it('names a saved file in the checklist as its file name, not <stdin>', async () => {
    const out = path.join(dir, 'named.md');
    const result = await run(checklistInvocation({ kind: 'file', path: example }, { format: 'md', bom: false }, out));
    assert.equal(result.code, 0, result.stderr);
    const md = fs.readFileSync(out, 'utf8');
    assert.match(md, /coffee-bar\.blueprint/);
    assert.doesNotMatch(md, /<stdin>/);
  });

  it('exports the report', async () => {
    const out = path.join(dir, 'report.html');
    const result = await run(reportInvocation({ kind: 'text', text }, out));
    assert.equal(result.code, 0, result.stderr);
    assert.match(fs.readFileSync(out, 'utf8'), /<html/i);
  });

  it('writes nothing when the blueprint has errors, and says where in a JSON document on stderr', async () => {
    const out = path.join(dir, 'broken.html');
    const result = await run(reportInvocation({ kind: 'text', text: 'blueprint "x" {' }, out));
    assert.equal(result.code, 1);
    assert.equal(fs.existsSync(out), false);
    assert.equal(JSON.parse(result.stderr).summary.errors, 1);
    assert.match(firstError(result.stderr) ?? '', /^1:16: expected `}` to close the blueprint/);
  });

  it('reports an output folder that does not exist with status 2', async () => {
    const out = path.join(dir, 'missing', 'x.svg');
    const result = await run(diagramInvocation({ kind: 'text', text }, 'svg', out));
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^blueprint: error: cannot write/m);
  });
});
