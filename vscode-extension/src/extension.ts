// The Service Blueprint extension: the language client for `blueprint lsp`, the live preview, the
// exports and the folding ranges. Highlighting, snippets and the language configuration are in
// package.json.

import * as vscode from 'vscode';
import { ClientController } from './client';
import { COMMANDS, LANGUAGE_ID } from './commands';
import { Exporter } from './exporter';
import { foldingRanges } from './folding';
import { PreviewManager } from './preview';

let controller: ClientController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Blueprint');
  const preview = new PreviewManager(context.extensionUri, log);
  const exporter = new Exporter(log);
  controller = new ClientController(log);
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
    vscode.languages.registerFoldingRangeProvider(
      { language: LANGUAGE_ID },
      {
        provideFoldingRanges(document) {
          return foldingRanges(document.getText()).map(
            (fold) =>
              new vscode.FoldingRange(
                fold.start,
                fold.end,
                fold.kind === 'region'
                  ? vscode.FoldingRangeKind.Region
                  : fold.kind === 'comment'
                    ? vscode.FoldingRangeKind.Comment
                    : undefined,
              ),
          );
        },
      },
    ),
  );

  // The language server is optional: highlighting, the preview and the exports work without it.
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
