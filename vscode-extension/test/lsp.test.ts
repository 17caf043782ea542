// The contract between the client and `blueprint lsp`: the command line the client starts
// (src/cli.ts SERVER_ARGS) speaks the Language Server Protocol over stdio, answers `initialize`
// with the capabilities the extension relies on (folding among them), answers the preview's
// `blueprint/render`, and exits 0 after `shutdown` and `exit`.
// Skipped when the blueprint under test has no `lsp` command yet.

import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { SERVER_ARGS, SERVER_PROBE_ARGS } from '../src/cli';
import { BLUEPRINT, EXAMPLES, requireBlueprint } from './helpers/env';

function hasLsp(): boolean {
  if (!fs.existsSync(BLUEPRINT)) return false;
  return spawnSync(BLUEPRINT, [...SERVER_PROBE_ARGS], { encoding: 'utf8', timeout: 10_000 }).status === 0;
}

/** A minimal LSP connection over a child's stdio. */
class Connection {
  private buffer = Buffer.alloc(0);
  private waiting = new Map<number, (message: Record<string, unknown>) => void>();
  readonly notifications: Record<string, unknown>[] = [];
  private nextId = 1;

  constructor(private readonly child: ReturnType<typeof spawn>) {
    child.stdout!.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const headerEnd = this.buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
        if (this.buffer.length < headerEnd + 4 + length) return;
        const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Record<string, unknown>;
        this.buffer = this.buffer.subarray(headerEnd + 4 + length);
        if (typeof message['id'] === 'number' && this.waiting.has(message['id'])) {
          this.waiting.get(message['id'])!(message);
          this.waiting.delete(message['id']);
        } else {
          this.notifications.push(message);
        }
      }
    });
  }

  private write(message: Record<string, unknown>): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin!.write(body);
  }

  request(method: string, params: unknown): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const answer = new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${method}`)), 20_000);
      this.waiting.set(id, (m) => {
        clearTimeout(timer);
        resolve(m);
      });
    });
    this.write({ id, method, params });
    return answer;
  }

  notify(method: string, params: unknown): void {
    this.write({ method, params });
  }
}

describe('blueprint lsp', { skip: hasLsp() ? false : 'the blueprint under test has no `lsp` command' }, () => {
  it('starts with the client command line, answers initialize, publishes diagnostics, and exits 0', async () => {
    const program = requireBlueprint();
    const child = spawn(program, [...SERVER_ARGS], { stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const connection = new Connection(child);
      const init = await connection.request('initialize', {
        processId: process.pid,
        clientInfo: { name: 'blueprint-extension-test' },
        rootUri: pathToFileURL(path.dirname(EXAMPLES)).toString(),
        workspaceFolders: null,
        capabilities: { general: { positionEncodings: ['utf-16'] } },
      });
      const capabilities = (init['result'] as { capabilities: Record<string, unknown> }).capabilities;
      assert.ok(capabilities['textDocumentSync'] !== undefined, 'textDocumentSync');
      for (const feature of [
        'hoverProvider',
        'definitionProvider',
        'referencesProvider',
        'renameProvider',
        'documentSymbolProvider',
        'workspaceSymbolProvider',
        'completionProvider',
        'documentFormattingProvider',
        'codeActionProvider',
        'foldingRangeProvider',
      ]) {
        assert.ok(capabilities[feature], feature);
      }
      connection.notify('initialized', {});

      const uri = pathToFileURL(path.join(EXAMPLES, 'broken.blueprint')).toString();
      connection.notify('textDocument/didOpen', {
        textDocument: { uri, languageId: 'blueprint', version: 1, text: 'blueprint "x" {\n  stage s "S" { customer a "A" takes 5 min }\n}\n' },
      });
      const deadline = Date.now() + 20_000;
      let published: Record<string, unknown> | undefined;
      while (!published && Date.now() < deadline) {
        published = connection.notifications.find(
          (n) => n['method'] === 'textDocument/publishDiagnostics' && (n['params'] as { uri: string }).uri === uri,
        );
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.ok(published, 'diagnostics for the open document');
      const diagnostics = (published['params'] as { diagnostics: { code?: unknown; range: { start: { line: number } } }[] }).diagnostics;
      assert.ok(diagnostics.length >= 1);
      assert.equal(diagnostics[0]!.range.start.line, 1);

      // The preview's request (src/client.ts): no SVG while the text has errors, and the same
      // diagnostics as published.
      const rendered = await connection.request('blueprint/render', { textDocument: { uri }, highlightFindings: true });
      const reply = rendered['result'] as { svg: string | null; diagnostics: unknown[]; version: number };
      assert.equal(reply.svg, null);
      assert.deepEqual(reply.diagnostics, diagnostics);
      assert.equal(reply.version, 1);

      const shutdown = await connection.request('shutdown', null);
      assert.equal(shutdown['error'], undefined);
      connection.notify('exit', null);
      assert.equal(await exited, 0);
    } finally {
      child.kill();
    }
  });
});
