// The Service Blueprint extension: the language client for `blueprint lsp` (which also serves the
// folding ranges and draws the live preview) and the exports. Highlighting, snippets and the
// language configuration are in package.json.

import * as vscode from 'vscode';
import { ClientController } from './client';
import { COMMANDS, LANGUAGE_ID } from './commands';
import { Exporter } from './exporter';
import { PreviewManager } from './preview';

let controller: ClientController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Blueprint');
  const client = new ClientController(log);
  controller = client;
  const preview = new PreviewManager(context.extensionUri, log, (document) => client.render(document, true));
  const exporter = new Exporter(log);
  context.subscriptions.push(client.onDidStart(() => preview.refresh()));
  context.subscriptions.push(log, preview, preview.registerSerializer(), { dispose: () => void controller?.dispose() });

  /** The blueprint a command acts on: the one it was given, the active editor's, or the preview's. */
  const targetDocument = async (arg: unknown): Promise<vscode.TextDocument | undefined> => {
    if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
    const editor = vscode.window.activeTextEditor;
    if (editor && editor.document.languageId === LANGUAGE_ID) return editor.document;
    if (preview.activeDocument && (preview.isActive || !editor)) return preview.activeDocument;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.languageId === LANGUAGE_ID);
    if (visible) return visible.document;
    void vscode.window.showInformationMessage('Blueprint: open a .blueprint file first.');
    return undefined;
  };

  const withDocument =
    (action: (document: vscode.TextDocument) => unknown) =>
    async (arg?: unknown): Promise<void> => {
      const document = await targetDocument(arg);
      if (document) await action(document);
    };

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.restartServer, () => controller?.restart()),
    vscode.commands.registerCommand(
      COMMANDS.showPreviewToSide,
      withDocument((document) => preview.openToSide(document)),
    ),
    vscode.commands.registerCommand(
      COMMANDS.exportSvg,
      withDocument((document) => exporter.exportDiagram(document, 'svg')),
    ),
    vscode.commands.registerCommand(
      COMMANDS.exportPng,
      withDocument((document) => exporter.exportDiagram(document, 'png')),
    ),
    vscode.commands.registerCommand(
      COMMANDS.exportPdf,
      withDocument((document) => exporter.exportDiagram(document, 'pdf')),
    ),
    vscode.commands.registerCommand(
      COMMANDS.exportChecklist,
      withDocument((document) => exporter.exportChecklist(document)),
    ),
    vscode.commands.registerCommand(
      COMMANDS.exportReport,
      withDocument((document) => exporter.exportReport(document)),
    ),
  );

  // The language server is optional: highlighting, snippets and the exports work without it.
  try {
    await controller.start();
  } catch (error) {
    log.appendLine(`language server: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  await controller?.dispose();
  controller = undefined;
}
