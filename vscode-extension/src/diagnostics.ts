// Reading the diagnostics that `blueprint render`, `checklist` and `report` print on stderr (the
// human format of docs/cli.md), for the preview's banner and the exports' error messages. No
// `vscode` import, so it is unit tested in plain Node.

export type Severity = 'error' | 'warning' | 'note';

export interface CliDiagnostic {
  severity: Severity;
  /** `BP001` */
  code: string;
  /** `syntax` */
  name: string;
  message: string;
  /** As printed: a file name or `<stdin>`. */
  file?: string;
  /** 1-based line and column (columns count code points). */
  line?: number;
  column?: number;
  hint?: string;
}

export interface ParsedOutput {
  diagnostics: CliDiagnostic[];
  /** `<stdin>: 2 errors, 0 warnings, 0 notes` */
  summary?: string;
  /** Lines of the program's own: `blueprint: error: ...`, usage messages. */
  messages: string[];
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const HEADER = /^(error|warning|note)\[(BP\d+) ([a-z-]+)\]: (.*)$/;
const LOCATION = /^\s*-->\s+(.*):(\d+):(\d+)\s*$/;
const HINT = /^\s*= hint: (.*)$/;
const SUMMARY = /^(.*): \d+ errors?, \d+ warnings?, \d+ notes?$/;
const TOTALS = /^\d+ files: \d+ errors?, \d+ warnings?, \d+ notes?$/;
const SOURCE_LINE = /^\s*(\d+\s*)?\|/;

/** Parses the human format. Lines that are not part of a diagnostic are kept in `messages`. */
export function parseHumanOutput(text: string): ParsedOutput {
  const result: ParsedOutput = { diagnostics: [], messages: [] };
  let current: CliDiagnostic | undefined;
  for (const raw of text.replace(ANSI, '').split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    const header = HEADER.exec(line);
    if (header) {
      current = { severity: header[1] as Severity, code: header[2]!, name: header[3]!, message: header[4]! };
      result.diagnostics.push(current);
      continue;
    }
    if (line.length === 0) {
      current = undefined;
      continue;
    }
    if (current) {
      const location = LOCATION.exec(line);
      if (location) {
        // The first location is the diagnostic's; later ones are related locations.
        if (current.line === undefined) {
          current.file = location[1]!;
          current.line = Number(location[2]);
          current.column = Number(location[3]);
        }
        continue;
      }
      const hint = HINT.exec(line);
      if (hint) {
        current.hint = hint[1]!;
        continue;
      }
      if (SOURCE_LINE.test(line)) continue;
    }
    if (SUMMARY.test(line)) {
      result.summary = line;
      current = undefined;
      continue;
    }
    if (TOTALS.test(line)) continue;
    current = undefined;
    result.messages.push(line);
  }
  return result;
}

/** One line of the banner: `3:30 expected a duration unit ...`, with where to jump to. */
export interface BannerItem {
  text: string;
  line?: number;
  column?: number;
  hint?: string;
}

export interface Banner {
  title: string;
  items: BannerItem[];
  /** How many errors were left out of `items`. */
  more: number;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `3:30` or '' for a diagnostic without a position. */
export function positionLabel(d: Pick<CliDiagnostic, 'line' | 'column'>): string {
  return d.line !== undefined ? `${d.line}:${d.column ?? 1}` : '';
}

/**
 * The banner for a failed run of `blueprint`: the first errors with their positions when the
 * blueprint has errors (exit status 1), or the program's message (exit status 2, a crash, ...).
 */
export function bannerFromOutput(stderr: string, exitCode: number | null, maxItems = 5): Banner {
  const parsed = parseHumanOutput(stderr);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const shown = errors.slice(0, maxItems).map((d) => {
      const item: BannerItem = { text: `${positionLabel(d)}${d.line !== undefined ? ' ' : ''}${d.message} [${d.code} ${d.name}]` };
      if (d.line !== undefined) item.line = d.line;
      if (d.column !== undefined) item.column = d.column;
      if (d.hint !== undefined) item.hint = d.hint;
      return item;
    });
    return {
      title: `${plural(errors.length, 'error')}: the diagram is not redrawn until ${errors.length === 1 ? 'it is' : 'they are'} fixed`,
      items: shown,
      more: errors.length - shown.length,
    };
  }
  const messages = parsed.messages.filter((m) => m.trim().length > 0 && !/^Run with --help/.test(m));
  const programErrors = messages.filter((m) => /^blueprint: error: /.test(m)).map((m) => m.replace(/^blueprint: error: /, ''));
  const lines = programErrors.length > 0 ? programErrors : messages;
  const status = exitCode === null ? 'was stopped' : `exited with status ${exitCode}`;
  return {
    title: lines.length > 0 ? `blueprint ${status}: ${lines[0]}` : `blueprint ${status} without a message`,
    items: lines.slice(1, 1 + maxItems).map((text) => ({ text })),
    more: Math.max(0, lines.length - 1 - maxItems),
  };
}

/** A one-line summary for a notification: the first error with its position, and how many more. */
export function shortErrorMessage(stderr: string, exitCode: number | null): string {
  const banner = bannerFromOutput(stderr, exitCode, 1);
  const parsed = parseHumanOutput(stderr);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const first = errors[0]!;
    const where = first.line !== undefined ? `line ${first.line}, column ${first.column ?? 1}: ` : '';
    const rest = errors.length > 1 ? ` (and ${plural(errors.length - 1, 'more error')})` : '';
    return `The blueprint has ${plural(errors.length, 'error')}. ${where}${first.message}${rest}`;
  }
  return banner.title;
}

/**
 * The UTF-16 offset (what VS Code's positions count) of a 1-based column in code points (what
 * `blueprint` prints): they differ after an emoji or another character outside the BMP.
 */
export function utf16Offset(lineText: string, column: number): number {
  let offset = 0;
  let current = 1;
  for (const character of lineText) {
    if (current >= column) break;
    offset += character.length;
    current++;
  }
  return offset;
}
