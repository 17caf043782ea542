// The language client: starts `blueprint lsp` over stdio, restarts it when the program's path
// changes or on command, and asks it for the preview's diagram (`blueprint/render`).

import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_ARGS, SERVER_PROBE_ARGS } from './cli';
import type { LspDiagnostic } from './banner';
import { LANGUAGE_ID, SETTINGS } from './commands';
import { resolveProgram, showProgramMissing } from './program';
import { runProcess } from './runner';

/** The answer to `blueprint/render` (docs/editor.md): no SVG when the blueprint has errors. */
export interface RenderReply {
  svg: string | null;
  diagnostics: LspDiagnostic[];
  version: number;
}

/** What the preview gets: the server's answer, or why there is none. */
export type RenderOutcome = { ok: true; reply: RenderReply } | { ok: false; message: string };

const RENDER_REQUEST = 'blueprint/render';

const CLIENT_ID = 'blueprint';
const CLIENT_NAME = 'Blueprint Language Server';

export class ClientController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private queue: Promise<void> = Promise.resolve();
  private readonly outputChannel: vscode.OutputChannel;
  private readonly disposables: vscode.Disposable[] = [];
  /** Say that the program has no `lsp` only once per program, not on every restart. */
  private warnedNoServer = new Set<string>();
  private disposed = false;
  private readonly started = new vscode.EventEmitter<void>();
  /** Fires each time the server has started, so the preview can draw again. */
  readonly onDidStart = this.started.event;

  constructor(private readonly log: vscode.OutputChannel) {
    this.outputChannel = vscode.window.createOutputChannel(CLIENT_NAME);
    this.disposables.push(
      this.started,
      this.outputChannel,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTINGS.serverPath)) void this.restart();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.restart()),
    );
  }

  /** Starts the client (or does nothing if it runs). Calls are serialised. */
  start(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    return this.enqueue(() => this.doStart());
  }

  /** Stops the client, if it runs, and starts it again with the current settings. */
  restart(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    return this.enqueue(async () => {
      await this.doStop();
      await this.doStart();
    });
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.doStop());
  }

  /**
   * The diagram of a document the client has open, drawn by the server from the text it has (the
   * client sends every change before a request). Waits for a start or restart under way.
   */
  async render(document: vscode.TextDocument, highlightFindings: boolean): Promise<RenderOutcome> {
    await this.queue;
    const client = this.client;
    if (!client || !client.isRunning()) {
      return { ok: false, message: 'The preview needs the blueprint language server (`blueprint lsp`), which is not running.' };
    }
    try {
      const reply = await client.sendRequest<RenderReply>(RENDER_REQUEST, {
        textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) },
        highlightFindings,
      });
      return { ok: true, reply };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async doStart(): Promise<void> {
    if (this.client || this.disposed) return;
    const program = resolveProgram();
    if (!program.ok) {
      this.log.appendLine(`language server: ${program.message}`);
      void showProgramMissing(program, 'the language server cannot start');
      return;
    }

    // An older `blueprint` has no `lsp` command: say so once, rather than letting the client fail
    // to start five times. Highlighting, snippets and the exports work without it.
    const probe = await runProcess(program.path, SERVER_PROBE_ARGS, { timeoutMs: 10_000 }).result;
    if (probe.spawnError) {
      this.log.appendLine(`language server: cannot run ${program.path}: ${probe.spawnError.message}`);
      void vscode.window.showErrorMessage(`Blueprint: cannot run \`${program.path}\`: ${probe.spawnError.message}`);
      return;
    }
    if (probe.code !== 0) {
      const reason = probe.stderr.trim().split(/\r?\n/)[0] ?? '';
      this.log.appendLine(`language server: \`${program.path} lsp --help\` exited with status ${probe.code}: ${reason}`);
      if (!this.warnedNoServer.has(program.path)) {
        this.warnedNoServer.add(program.path);
        void vscode.window.showWarningMessage(
          `Blueprint: \`${program.path}\` has no language server (\`blueprint lsp\`): ${reason || 'it did not start'}. ` +
            'Update blueprint (run `make build` in its repository) for diagnostics, hover, go to definition and formatting. ' +
            'Highlighting, snippets and the exports work without it; the preview needs it.',
        );
      }
      return;
    }

    const serverOptions: ServerOptions = {
      run: { command: program.path, args: [...SERVER_ARGS] },
      debug: { command: program.path, args: [...SERVER_ARGS] },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: LANGUAGE_ID },
        { scheme: 'untitled', language: LANGUAGE_ID },
      ],
      synchronize: {
        fileEvents: (this.watcher = vscode.workspace.createFileSystemWatcher('**/*.blueprint')),
      },
      outputChannel: this.outputChannel,
    };
    this.log.appendLine(`language server: starting ${program.path} ${SERVER_ARGS.join(' ')}`);
    let client: LanguageClient | undefined;
    try {
      client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
      this.client = client;
      await client.start();
      this.started.fire();
    } catch (error) {
      this.client = undefined;
      const message = error instanceof Error ? error.message : String(error);
      this.log.appendLine(`language server: failed to start: ${message}`);
      void vscode.window
        .showErrorMessage(`Blueprint: the language server (\`${program.path} lsp\`) failed to start: ${message}`, 'Show Output')
        .then((choice) => {
          if (choice === 'Show Output') this.outputChannel.show(true);
        });
      try {
        await client?.dispose();
      } catch {
        // Already stopped.
      }
      this.watcher?.dispose();
      this.watcher = undefined;
    }
  }

  private async doStop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.watcher?.dispose();
    this.watcher = undefined;
    if (!client) return;
    try {
      await client.dispose(5000);
    } catch (error) {
      this.log.appendLine(`language server: error while stopping: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Stops the server, then lets go of the output channel and listeners. Safe to call twice. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.stop();
    for (const d of this.disposables) d.dispose();
  }
}
