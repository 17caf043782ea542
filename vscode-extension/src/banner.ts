// The preview's banner of errors, from the diagnostics the language server sends with each
// `blueprint/render` answer (the same as it publishes to the Problems panel). No `vscode` import,
// so it is unit tested in plain Node.

/** An LSP diagnostic as `blueprint lsp` sends it: 0-based line, UTF-16 character. */
export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** 1 error, 2 warning, 3 information. */
  severity?: number;
  code?: string | number;
  message: string;
  data?: { name?: string };
}

/** One line of the banner: `3:30 expected a duration unit ...`, with where to jump to. */
export interface BannerItem {
  text: string;
  /** 1-based line and column, the column in code points (as `blueprint` prints them). */
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

/** The 1-based column in code points of a UTF-16 offset into a line. */
export function codePointColumn(lineText: string, utf16: number): number {
  return [...lineText.slice(0, utf16)].length + 1;
}

/**
 * The banner for a blueprint whose diagram is not drawn: its first errors with their positions.
 * `lineText` gives a 0-based line of the document, to count columns in code points.
 */
export function bannerFromDiagnostics(diagnostics: readonly LspDiagnostic[], lineText: (line: number) => string, maxItems = 5): Banner {
  const errors = diagnostics.filter((d) => d.severity === 1);
  if (errors.length === 0) return { title: 'The diagram was not drawn', items: [], more: 0 };
  const items = errors.slice(0, maxItems).map((d) => {
    const line = d.range.start.line + 1;
    const column = codePointColumn(lineText(d.range.start.line), d.range.start.character);
    const [message, ...hint] = d.message.split('\nhint: ');
    const item: BannerItem = { text: `${line}:${column} ${message} [${d.code ?? ''}${d.data?.name ? ` ${d.data.name}` : ''}]`, line, column };
    if (hint.length > 0) item.hint = hint.join('\nhint: ');
    return item;
  });
  return {
    title: `${plural(errors.length, 'error')}: the diagram is not redrawn until ${errors.length === 1 ? 'it is' : 'they are'} fixed`,
    items,
    more: errors.length - items.length,
  };
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
