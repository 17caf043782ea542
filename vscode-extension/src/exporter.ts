// The export commands: the diagram (SVG, PNG, PDF), the checklist (Markdown, HTML, CSV, JSON) and
// the report (HTML). Each asks where to save, runs `blueprint`, and says when it failed; the
// errors themselves are in the Problems panel (from the language server) and the output channel.

import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CHECKLIST_CHOICES,
  checklistInvocation,
  defaultOutputPath,
  diagramInvocation,
  firstError,
  reportInvocation,
  type ChecklistChoice,
  type DiagramFormat,
  type ExportKind,
  type Invocation,
  type Source,
} from './cli';
import { requireProgram } from './program';
import { runProcess } from './runner';

/** Unsaved or untitled text goes on stdin, so what is exported is what the editor shows. */
export function sourceOf(document: vscode.TextDocument): Source {
  if (document.uri.scheme === 'file' && !document.isDirty && !document.isUntitled) {
    return { kind: 'file', path: document.uri.fsPath };
  }
  return { kind: 'text', text: document.getText() };
}

const FILTERS: Record<string, Record<string, string[]>> = {
  svg: { 'SVG image': ['svg'] },
  png: { 'PNG image': ['png'] },
  pdf: { 'PDF document': ['pdf'] },
  md: { Markdown: ['md', 'markdown'] },
  html: { HTML: ['html', 'htm'] },
  csv: { CSV: ['csv'] },
  json: { JSON: ['json'] },
};

export class Exporter {
  constructor(private readonly log: vscode.OutputChannel) {}

  async exportDiagram(document: vscode.TextDocument, format: DiagramFormat): Promise<void> {
    await this.run(document, { kind: 'diagram', format }, format, `diagram as ${format.toUpperCase()}`, (source, out) =>
      diagramInvocation(source, format, out),
    );
  }

  async exportChecklist(document: vscode.TextDocument): Promise<void> {
    const picked = await vscode.window.showQuickPick(
      CHECKLIST_CHOICES.map((choice) => ({ label: choice.label, description: `.${choice.extension}`, detail: choice.description, choice })),
      { title: 'Export Checklist', placeHolder: 'Format of the standards checklist' },
    );
    if (!picked) return;
    const choice: ChecklistChoice = picked.choice;
    await this.run(document, { kind: 'checklist', extension: choice.extension }, choice.extension, `checklist (${choice.label})`, (source, out) =>
      checklistInvocation(source, choice, out),
    );
  }

  async exportReport(document: vscode.TextDocument): Promise<void> {
    await this.run(document, { kind: 'report' }, 'html', 'report', (source, out) => reportInvocation(source, out));
  }

  private async run(
    document: vscode.TextDocument,
    kind: ExportKind,
    filterKey: string,
    what: string,
    build: (source: Source, out: string) => Invocation,
  ): Promise<void> {
    const program = await requireProgram(`cannot export the ${what}`);
    if (program === undefined) return;

    const documentPath = document.uri.scheme === 'file' && !document.isUntitled ? document.uri.fsPath : undefined;
    const fallbackDir = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? os.homedir();
    const defaultPath = defaultOutputPath(documentPath, path.basename(document.fileName), fallbackDir, kind);
    const target = await vscode.window.showSaveDialog({
      title: `Export ${what}`,
      defaultUri: vscode.Uri.file(defaultPath),
      filters: FILTERS[filterKey] ?? {},
      saveLabel: 'Export',
    });
    if (!target) return;
    if (target.scheme !== 'file') {
      void vscode.window.showErrorMessage('Blueprint: exports can only be written to a file on this machine.');
      return;
    }
    const out = target.fsPath;
    const invocation = build(sourceOf(document), out);

    this.log.appendLine(`export: ${program} ${invocation.args.join(' ')}${invocation.stdin !== undefined ? ' (text on stdin)' : ''}`);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Exporting the ${what}…`, cancellable: true },
      async (_progress, token) => {
        const running = runProcess(program, invocation.args, {
          ...(invocation.stdin !== undefined ? { stdin: invocation.stdin } : {}),
          ...(invocation.cwd !== undefined ? { cwd: invocation.cwd } : {}),
          timeoutMs: 5 * 60_000,
        });
        const subscription = token.onCancellationRequested(() => running.cancel());
        try {
          return await running.result;
        } finally {
          subscription.dispose();
        }
      },
    );

    if (result.cancelled) return;
    if (result.stderr.trim().length > 0) this.log.appendLine(result.stderr.trimEnd());
    if (result.spawnError) {
      void vscode.window.showErrorMessage(`Blueprint: cannot run \`${program}\`: ${result.spawnError.message}`);
      return;
    }
    if (result.timedOut) {
      void vscode.window.showErrorMessage(`Blueprint: exporting the ${what} took more than five minutes and was stopped.`);
      return;
    }
    if (result.code !== 0) {
      const choice = await vscode.window.showErrorMessage(
        `Blueprint: the ${what} was not exported. ${failureMessage(result.stderr, result.code)}`,
        'Show Output',
      );
      if (choice === 'Show Output') this.log.show(true);
      return;
    }

    const actions = ['Open', 'Reveal'];
    const choice = await vscode.window.showInformationMessage(`Blueprint: exported the ${what} to ${path.basename(out)}.`, ...actions);
    if (choice === 'Open') await openExport(target);
    else if (choice === 'Reveal') await vscode.commands.executeCommand('revealFileInOS', target);
  }
}

/**
 * Why `blueprint` failed, by its exit status (docs/cli.md): 1, the blueprint has errors, which the
 * Problems panel lists; otherwise the program's own message, its first line on stderr.
 */
export function failureMessage(stderr: string, code: number | null): string {
  if (code === 1) {
    const error = firstError(stderr);
    return error
      ? `The blueprint has errors, the first at ${error}. See the Problems panel.`
      : 'The blueprint has errors: see the Problems panel, or the output for the messages.';
  }
  const first = stderr.split(/\r?\n/).find((line) => line.trim().length > 0)?.replace(/^blueprint: error: /, '');
  const status = code === null ? 'was stopped' : `exited with status ${code}`;
  return first ? `blueprint ${status}: ${first}` : `blueprint ${status} without a message.`;
}

/** Opens an export: text and images in VS Code, PDF and HTML in their default application. */
async function openExport(target: vscode.Uri): Promise<void> {
  const ext = path.extname(target.fsPath).toLowerCase();
  if (ext === '.pdf' || ext === '.html' || ext === '.htm') {
    await vscode.env.openExternal(target);
  } else {
    await vscode.commands.executeCommand('vscode.open', target);
  }
}
