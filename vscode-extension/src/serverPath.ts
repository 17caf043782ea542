// Finding the `blueprint` program: the `blueprint.server.path` setting if set, else `blueprint` on
// PATH. No `vscode` import, so it is unit tested in plain Node.

import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ResolveOptions {
  /** The value of `blueprint.server.path` ('' or undefined: not set). */
  configured: string | undefined;
  /** The PATH environment variable. */
  envPath: string | undefined;
  platform: NodeJS.Platform;
  /** PATHEXT on Windows (default `.COM;.EXE;.BAT;.CMD`). */
  pathExt?: string | undefined;
  /** File-system paths of the workspace folders; a relative setting is taken from the first. */
  workspaceFolders: readonly string[];
  homeDir: string;
  /** Whether an executable file is at this path (injectable for tests). */
  isExecutable?: (file: string) => boolean;
}

export type ResolveResult =
  | { ok: true; path: string; source: 'setting' | 'PATH' }
  | { ok: false; reason: 'setting-not-found' | 'not-on-path'; configured?: string; tried: string[]; message: string };

export const PROGRAM_NAME = 'blueprint';

/** True if `file` is a regular file we may execute. */
export function defaultIsExecutable(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return false;
    if (process.platform === 'win32') return true;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The steps to install `blueprint`, for error messages and the README. */
export function installSteps(): string {
  return (
    'Build it from source: run `make build` in the blueprint repository, then put `build/blueprint` on your PATH ' +
    'or set `blueprint.server.path` to its full path.'
  );
}

/** Expands `~`, `${userHome}` and `${workspaceFolder}` in a configured path. */
export function expandConfiguredPath(value: string, homeDir: string, workspaceFolder: string | undefined): string {
  let result = value.trim();
  if (result === '~') result = homeDir;
  else if (result.startsWith('~/') || result.startsWith('~\\')) result = path.join(homeDir, result.slice(2));
  result = result.replace(/\$\{userHome\}/g, homeDir);
  if (workspaceFolder !== undefined) result = result.replace(/\$\{workspaceFolder\}/g, workspaceFolder);
  return result;
}

/** The candidate file names for a program name on this platform (adds PATHEXT on Windows). */
function candidateNames(name: string, platform: NodeJS.Platform, pathExt: string | undefined): string[] {
  if (platform !== 'win32') return [name];
  const exts = (pathExt ?? '.COM;.EXE;.BAT;.CMD')
    .split(';')
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
  const lower = name.toLowerCase();
  if (exts.some((e) => lower.endsWith(e.toLowerCase()))) return [name];
  return [...exts.map((e) => name + e.toLowerCase()), name];
}

function pathApi(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** Searches PATH for `name`; returns the first executable and every path tried. */
export function searchPath(
  name: string,
  envPath: string | undefined,
  platform: NodeJS.Platform,
  pathExt: string | undefined,
  isExecutable: (file: string) => boolean,
): { found?: string; tried: string[] } {
  const p = pathApi(platform);
  const dirs = (envPath ?? '').split(platform === 'win32' ? ';' : ':').filter((d) => d.length > 0);
  const tried: string[] = [];
  for (const dir of dirs) {
    for (const candidate of candidateNames(name, platform, pathExt)) {
      const full = p.join(dir.replace(/^"(.*)"$/, '$1'), candidate);
      tried.push(full);
      if (isExecutable(full)) return { found: full, tried };
    }
  }
  return { tried };
}

export function resolveServerPath(options: ResolveOptions): ResolveResult {
  const isExecutable = options.isExecutable ?? defaultIsExecutable;
  const p = pathApi(options.platform);
  const configured = (options.configured ?? '').trim();

  if (configured.length > 0) {
    const expanded = expandConfiguredPath(configured, options.homeDir, options.workspaceFolders[0]);
    const hasSeparator = expanded.includes('/') || (options.platform === 'win32' && expanded.includes('\\'));
    let tried: string[];
    if (p.isAbsolute(expanded)) {
      tried = candidateNames(expanded, options.platform, options.pathExt);
    } else if (hasSeparator) {
      // Relative to a workspace folder.
      const bases = options.workspaceFolders.length > 0 ? options.workspaceFolders : [];
      tried = bases.flatMap((base) => candidateNames(p.resolve(base, expanded), options.platform, options.pathExt));
    } else {
      // A bare program name: look for it on PATH.
      const search = searchPath(expanded, options.envPath, options.platform, options.pathExt, isExecutable);
      if (search.found !== undefined) return { ok: true, path: search.found, source: 'setting' };
      tried = search.tried;
    }
    for (const candidate of tried) {
      if (isExecutable(candidate)) return { ok: true, path: candidate, source: 'setting' };
    }
    return {
      ok: false,
      reason: 'setting-not-found',
      configured,
      tried,
      message:
        `The setting \`blueprint.server.path\` is \`${configured}\`, but there is no executable \`blueprint\` program there. ` +
        `Fix the setting, or clear it to use \`blueprint\` from PATH. ${installSteps()}`,
    };
  }

  const search = searchPath(PROGRAM_NAME, options.envPath, options.platform, options.pathExt, isExecutable);
  if (search.found !== undefined) return { ok: true, path: search.found, source: 'PATH' };
  return {
    ok: false,
    reason: 'not-on-path',
    tried: search.tried,
    message: `The \`blueprint\` program was not found on PATH, and \`blueprint.server.path\` is not set. ${installSteps()}`,
  };
}
