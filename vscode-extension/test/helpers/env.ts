// Paths shared by the tests. Tests run compiled, from out/test/...; ROOT is vscode-extension/.

import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const REPO = path.resolve(ROOT, '..');
export const EXAMPLES = path.join(REPO, 'examples');

/** The `blueprint` program under test: $BLUEPRINT_BINARY, or ../build/blueprint. */
export const BLUEPRINT = path.resolve(ROOT, process.env['BLUEPRINT_BINARY'] || path.join('..', 'build', 'blueprint'));

/** Fails with a clear message when the program is missing. */
export function requireBlueprint(): string {
  if (!fs.existsSync(BLUEPRINT)) {
    throw new Error(`the blueprint program is not at ${BLUEPRINT}: build it (make build) or set BLUEPRINT_BINARY`);
  }
  return BLUEPRINT;
}

export function readJson<T = unknown>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}
