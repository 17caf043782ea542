// "Blueprint: Open Preview to the Side": a webview beside the editor that shows the diagram of the
// active blueprint, redrawn as the user types. The SVG comes from the language server's
// `blueprint/render` request, drawn from the same analysis as the Problems panel's diagnostics.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { bannerFromDiagnostics, utf16Offset, type Banner } from './banner';
import type { RenderOutcome } from './client';
import { LANGUAGE_ID, PREVIEW_VIEW_TYPE, SETTINGS } from './commands';
import { debounce, type Debounced } from './debounce';
import { makeNonce, previewPage } from './previewHtml';

/** Draws a document: the language client's `blueprint/render`. */
export type Renderer = (document: vscode.TextDocument) => Promise<RenderOutcome>;

/** Messages to the webview (media/preview.js). */
type ToWebview =
  | { type: 'diagram'; svg: string; document: string; uri: string }
  | { type: 'clear'; document: string; uri: string; message: string }
  | { type: 'banner'; banner: Banner | null }
  | { type: 'busy'; busy: boolean };

/** Messages from the webview. */
type FromWebview = { type: 'ready' } | { type: 'reveal'; line: number; column: number };

function isFromWebview(value: unknown): value is FromWebview {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v['type'] === 'ready') return true;
  return v['type'] === 'reveal' && typeof v['line'] === 'number' && typeof v['column'] === 'number';
}

const MAX_CACHED_DIAGRAMS = 20;

export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  /** Renders started; an answer to an older one than the latest is dropped. */
  private generation = 0;
  private inFlight = 0;
  private readonly scheduleRender: Debounced<[]>;
  private readonly disposables: vscode.Disposable[] = [];
  private panelDisposables: vscode.Disposable[] = [];
  /** The last diagram drawn without errors, per document. */
  private readonly lastGood = new Map<string, string>();
  private banner: Banner | null = null;
  /** Documents version last drawn, to skip redundant renders. */
  private renderedVersion: { uri: string; version: number } | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.OutputChannel,
    private readonly renderer: Renderer,
  ) {
    this.scheduleRender = debounce(
      () => void this.render(),
      () => vscode.workspace.getConfiguration().get<number>(SETTINGS.debounceMs, 300),
    );
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.panel && event.document === this.document && event.contentChanges.length > 0) this.scheduleRender();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && editor.document.languageId === LANGUAGE_ID && editor.document !== this.document) {
          this.show(editor.document);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (this.panel && event.affectsConfiguration(SETTINGS.serverPath)) {
          this.renderedVersion = undefined;
          this.scheduleRender();
        }
      }),
    );
  }

  /** The document shown in the preview, if the preview is open. */
  get activeDocument(): vscode.TextDocument | undefined {
    return this.panel ? this.document : undefined;
  }

  /** Whether the preview panel is the active editor (so commands act on its document). */
  get isActive(): boolean {
    return this.panel?.active ?? false;
  }

  /** Draws again, whatever was drawn last: the language server restarted. */
  refresh(): void {
    if (!this.panel) return;
    this.renderedVersion = undefined;
    this.scheduleRender();
  }

  /** Opens the preview beside the editor (or reveals it) and shows `document` in it. */
  openToSide(document: vscode.TextDocument): void {
    if (!this.panel) {
      this.panel = this.createPanel();
    } else {
      this.panel.reveal(this.panel.viewColumn ?? vscode.ViewColumn.Beside, true);
    }
    this.show(document);
  }

  /**
   * Restores the preview after VS Code restarts, from the document's URI that the page keeps in
   * its state (media/preview.js).
   */
  registerSerializer(): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => {
        const uri = typeof state === 'object' && state !== null ? (state as Record<string, unknown>)['uri'] : undefined;
        if (this.panel || typeof uri !== 'string') {
          panel.dispose();
          return;
        }
        let document: vscode.TextDocument;
        try {
          document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
        } catch {
          panel.dispose();
          return;
        }
        if (this.panel) {
          panel.dispose();
          return;
        }
        this.panel = this.adoptPanel(panel);
        this.show(document);
      },
    });
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      'Blueprint Preview',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      this.webviewOptions(),
    );
    return this.adoptPanel(panel);
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
      enableFindWidget: true,
    };
  }

  /** Sets up a panel made here or restored by VS Code: its page, icon and listeners. */
  private adoptPanel(panel: vscode.WebviewPanel): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    panel.webview.options = this.webviewOptions();
    panel.iconPath = vscode.Uri.joinPath(media, 'preview-icon.svg');
    const nonce = makeNonce();
    panel.webview.html = previewPage({
      cspSource: panel.webview.cspSource,
      nonce,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
      title: 'Blueprint Preview',
    });
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
      panel.onDidDispose(() => this.onPanelDisposed()),
    );
    return panel;
  }

  private show(document: vscode.TextDocument): void {
    if (!this.panel) return;
    const changed = document !== this.document;
    this.document = document;
    this.panel.title = `Preview ${path.basename(document.fileName)}`;
    if (changed) {
      this.banner = null;
      this.renderedVersion = undefined;
      this.sendCurrentState();
    }
    this.scheduleRender.cancel();
    void this.render();
  }

  private sendCurrentState(): void {
    const document = this.document;
    if (!document) return;
    const label = path.basename(document.fileName);
    const uri = document.uri.toString();
    const svg = this.lastGood.get(uri);
    if (svg !== undefined) this.post({ type: 'diagram', svg, document: label, uri });
    else this.post({ type: 'clear', document: label, uri, message: 'Drawing the diagram…' });
    this.post({ type: 'banner', banner: this.banner });
  }

  private onMessage(message: unknown): void {
    if (!isFromWebview(message)) return;
    if (message.type === 'ready') {
      // The page (re)loaded, for example after the panel was hidden: send what it shows.
      this.sendCurrentState();
      this.post({ type: 'busy', busy: this.inFlight > 0 });
      return;
    }
    void this.reveal(message.line, message.column);
  }

  /** Shows the document in its editor with the cursor at a 1-based line and column. */
  private async reveal(line: number, column: number): Promise<void> {
    const document = this.document;
    if (!document) return;
    const lineIndex = Math.min(Math.max(0, line - 1), Math.max(0, document.lineCount - 1));
    const character = utf16Offset(document.lineAt(lineIndex).text, column);
    const position = document.validatePosition(new vscode.Position(lineIndex, character));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection: new vscode.Range(position, position),
      preserveFocus: false,
    });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private post(message: ToWebview): void {
    void this.panel?.webview.postMessage(message);
  }

  private async render(): Promise<void> {
    const document = this.document;
    if (!this.panel || !document) return;
    const key = document.uri.toString();
    const version = document.version;
    if (this.renderedVersion?.uri === key && this.renderedVersion.version === version) return;

    const generation = ++this.generation;
    this.inFlight++;
    this.post({ type: 'busy', busy: true });
    const started = Date.now();
    let outcome: RenderOutcome;
    try {
      outcome = await this.renderer(document);
    } finally {
      this.inFlight--;
    }
    if (generation !== this.generation) return; // A newer render replaced this one.
    this.post({ type: 'busy', busy: false });
    if (!this.panel || document !== this.document) return;
    const described = outcome.ok ? (outcome.reply.svg !== null ? 'drawn' : 'has errors') : `failed: ${outcome.message}`;
    this.log.appendLine(`preview: ${path.basename(document.fileName)} v${version}: ${described} in ${Date.now() - started} ms`);
    if (outcome.ok) this.renderedVersion = { uri: key, version };
    this.handleOutcome(document, outcome);
  }

  private handleOutcome(document: vscode.TextDocument, outcome: RenderOutcome): void {
    const key = document.uri.toString();
    const label = path.basename(document.fileName);
    if (!outcome.ok) {
      this.setBanner({ title: outcome.message, items: [], more: 0 });
      return;
    }
    const { svg, diagnostics } = outcome.reply;
    if (svg !== null) {
      this.lastGood.delete(key);
      this.lastGood.set(key, svg);
      while (this.lastGood.size > MAX_CACHED_DIAGRAMS) this.lastGood.delete(this.lastGood.keys().next().value as string);
      this.post({ type: 'diagram', svg, document: label, uri: key });
      this.setBanner(null);
      return;
    }
    if (!this.lastGood.has(key)) {
      this.post({ type: 'clear', document: label, uri: key, message: 'No diagram yet: the blueprint has errors.' });
    }
    this.setBanner(bannerFromDiagnostics(diagnostics, (line) => (line < document.lineCount ? document.lineAt(line).text : '')));
  }

  private setBanner(banner: Banner | null): void {
    this.banner = banner;
    this.post({ type: 'banner', banner });
  }

  private onPanelDisposed(): void {
    this.panel = undefined;
    this.document = undefined;
    this.banner = null;
    this.renderedVersion = undefined;
    this.scheduleRender.cancel();
    this.generation++;
    for (const d of this.panelDisposables) d.dispose();
    this.panelDisposables = [];
  }

  dispose(): void {
    this.panel?.dispose();
    this.scheduleRender.cancel();
    this.generation++;
    for (const d of this.disposables) d.dispose();
  }
}
