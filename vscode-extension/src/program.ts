// Finding the `blueprint` program from the settings, and telling the user when it is missing.

import * as os from 'node:os';
import * as vscode from 'vscode';
import { SETTINGS } from './commands';
import { resolveServerPath, type ResolveResult } from './serverPath';

export function resolveProgram(): ResolveResult {
  const configured = vscode.workspace.getConfiguration().get<string>(SETTINGS.serverPath, '');
  return resolveServerPath({
    configured,
    envPath: process.env['PATH'],
    pathExt: process.env['PATHEXT'],
    platform: process.platform,
    workspaceFolders: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath),
    homeDir: os.homedir(),
  });
}

const OPEN_SETTINGS = 'Open Settings';

/** Shows why the program is missing, with a button that opens the setting. */
export async function showProgramMissing(result: Extract<ResolveResult, { ok: false }>, what: string): Promise<void> {
  const choice = await vscode.window.showErrorMessage(`Blueprint: ${what}. ${result.message}`, OPEN_SETTINGS);
  if (choice === OPEN_SETTINGS) {
    await vscode.commands.executeCommand('workbench.action.openSettings', SETTINGS.serverPath);
  }
}

/** The program's path, or undefined after telling the user it is missing. */
export async function requireProgram(what: string): Promise<string | undefined> {
  const result = resolveProgram();
  if (result.ok) return result.path;
  await showProgramMissing(result, what);
  return undefined;
}
