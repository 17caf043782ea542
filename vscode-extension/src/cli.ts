// Command lines for the `blueprint` program: each export and the language server. No `vscode`
// import, so it is unit tested in plain Node. See docs/cli.md for the commands and options.

import * as path from 'node:path';

/** What to compile: a saved file on disk, or a document's text (unsaved or untitled) sent on stdin. */
export type Source = { kind: 'file'; path: string } | { kind: 'text'; text: string };

/** A run of `blueprint`: its arguments, the text for its standard input, and its working folder. */
export interface Invocation {
  args: string[];
  stdin?: string;
  cwd?: string;
}

export type DiagramFormat = 'svg' | 'png' | 'pdf';
export type ChecklistFormat = 'md' | 'html' | 'csv' | 'json';

export const DIAGRAM_FORMATS: readonly { format: DiagramFormat; label: string; extension: string }[] = [
  { format: 'svg', label: 'SVG image', extension: 'svg' },
  { format: 'png', label: 'PNG image', extension: 'png' },
  { format: 'pdf', label: 'PDF document', extension: 'pdf' },
];

export interface ChecklistChoice {
  format: ChecklistFormat;
  /** Start the CSV with a UTF-8 byte order mark (`--bom`), for Excel. */
  bom: boolean;
  label: string;
  description: string;
  extension: string;
}

export const CHECKLIST_CHOICES: readonly ChecklistChoice[] = [
  { format: 'md', bom: false, label: 'Markdown', description: 'task lists for a wiki, pull request or issue', extension: 'md' },
  { format: 'html', bom: false, label: 'HTML', description: 'one printable page with checkboxes', extension: 'html' },
  { format: 'csv', bom: false, label: 'CSV', description: 'one row per item, for a spreadsheet', extension: 'csv' },
  {
    format: 'csv',
    bom: true,
    label: 'CSV for Excel',
    description: 'with a UTF-8 byte order mark, so Excel reads accents and Chinese',
    extension: 'csv',
  },
  { format: 'json', bom: false, label: 'JSON', description: 'every item with "done": false, for tools', extension: 'json' },
];

/**
 * The input argument and working folder for a source. A saved file is passed by its name from its
 * own folder, so the outputs name it as `coffee-bar.blueprint` (a checklist's "Source:" line) rather
 * than `<stdin>`; a name starting with `-` gets `./` so it is not read as an option.
 */
export function inputOf(source: Source): { input: string; cwd?: string; stdin?: string } {
  if (source.kind === 'text') return { input: '-', stdin: source.text };
  const base = path.basename(source.path);
  return { input: base.startsWith('-') ? `./${base}` : base, cwd: path.dirname(source.path) };
}

function invocation(args: string[], from: { cwd?: string; stdin?: string }): Invocation {
  const result: Invocation = { args };
  if (from.stdin !== undefined) result.stdin = from.stdin;
  if (from.cwd !== undefined) result.cwd = from.cwd;
  return result;
}

/** Diagnostics on stderr as `blueprint check --format json`'s document, for {@link firstError}. */
const JSON_MESSAGES = ['--message-format', 'json'];

/** `blueprint render FILE -o OUT --format F --message-format json`. */
export function diagramInvocation(source: Source, format: DiagramFormat, out: string): Invocation {
  const from = inputOf(source);
  return invocation(['render', from.input, '-o', out, '--format', format, ...JSON_MESSAGES], from);
}

/** `blueprint checklist FILE -o OUT --format F [--bom]`. */
export function checklistInvocation(source: Source, choice: Pick<ChecklistChoice, 'format' | 'bom'>, out: string): Invocation {
  const from = inputOf(source);
  const args = ['checklist', from.input, '-o', out, '--format', choice.format];
  if (choice.bom) args.push('--bom');
  args.push(...JSON_MESSAGES);
  return invocation(args, from);
}

/** `blueprint report FILE -o OUT`. */
export function reportInvocation(source: Source, out: string): Invocation {
  const from = inputOf(source);
  return invocation(['report', from.input, '-o', out, ...JSON_MESSAGES], from);
}

/**
 * The first error of a `--message-format json` document on stderr, as `line:column: message`, with
 * how many more there are; undefined when stderr is not such a document (a usage or I/O problem,
 * exit 2, is a line of text) or holds no error.
 */
export function firstError(stderr: string): string | undefined {
  let document: unknown;
  try {
    document = JSON.parse(stderr);
  } catch {
    return undefined;
  }
  if (typeof document !== 'object' || document === null) return undefined;
  const diagnostics = (document as { diagnostics?: unknown }).diagnostics;
  if (!Array.isArray(diagnostics)) return undefined;
  const errors = diagnostics.filter((d): d is { line: number; column: number; message: string } =>
    typeof d === 'object' && d !== null && (d as { severity?: unknown }).severity === 'error' &&
    typeof (d as { message?: unknown }).message === 'string');
  const first = errors[0];
  if (!first) return undefined;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${first.line}:${first.column}: ${first.message}${more}`;
}

/** `blueprint lsp`: the language server over stdio. */
export const SERVER_ARGS: readonly string[] = ['lsp'];

/** Asks the program whether it has the language server, without starting it. */
export const SERVER_PROBE_ARGS: readonly string[] = ['lsp', '--help'];

export type ExportKind = { kind: 'diagram'; format: DiagramFormat } | { kind: 'checklist'; extension: string } | { kind: 'report' };

/**
 * Where an export goes by default: next to the blueprint, named after it. The report takes the
 * name `blueprint report` gives it (`coffee-bar.html`); a checklist is `coffee-bar.checklist.EXT`
 * so its HTML does not take the report's name. An untitled document goes in `fallbackDir`.
 */
export function defaultOutputPath(documentPath: string | undefined, untitledName: string, fallbackDir: string, kind: ExportKind): string {
  let dir: string;
  let stem: string;
  if (documentPath !== undefined) {
    dir = path.dirname(documentPath);
    stem = path.basename(documentPath).replace(/\.blueprint$/i, '');
  } else {
    dir = fallbackDir;
    stem = untitledName.replace(/\.blueprint$/i, '');
  }
  if (stem.length === 0) stem = 'blueprint';
  switch (kind.kind) {
    case 'diagram':
      return path.join(dir, `${stem}.${kind.format}`);
    case 'checklist':
      return path.join(dir, `${stem}.checklist.${kind.extension}`);
    case 'report':
      return path.join(dir, `${stem}.html`);
  }
}
