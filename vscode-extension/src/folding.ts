// Folding ranges for a blueprint: `{ ... }` blocks, `# region` / `# endregion` markers, and runs
// of whole-line comments. No `vscode` import, so it is unit tested in plain Node. (A folding range
// provider replaces VS Code's indentation folding, so the markers are handled here too.)

export type FoldKind = 'block' | 'region' | 'comment';

export interface Fold {
  /** 0-based lines. */
  start: number;
  end: number;
  kind: FoldKind;
}

const REGION_START = /^\s*#\s*region\b/;
const REGION_END = /^\s*#\s*endregion\b/;
const COMMENT_LINE = /^\s*#/;

export function foldingRanges(text: string): Fold[] {
  const lines = text.split(/\r\n|\r|\n/);
  const folds: Fold[] = [];
  const braces: number[] = [];
  const regions: number[] = [];
  let commentStart = -1;

  const closeComments = (line: number): void => {
    if (commentStart >= 0 && line - 1 > commentStart) folds.push({ start: commentStart, end: line - 1, kind: 'comment' });
    commentStart = -1;
  };

  lines.forEach((line, index) => {
    if (REGION_START.test(line)) {
      closeComments(index);
      regions.push(index);
      return;
    }
    if (REGION_END.test(line)) {
      closeComments(index);
      const start = regions.pop();
      if (start !== undefined && index > start) folds.push({ start, end: index, kind: 'region' });
      return;
    }
    if (COMMENT_LINE.test(line)) {
      if (commentStart < 0) commentStart = index;
      return;
    }
    closeComments(index);

    // Braces outside strings and comments. A string ends at its line's end.
    let inString = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') {
        inString = true;
      } else if (c === '#') {
        break;
      } else if (c === '{') {
        braces.push(index);
      } else if (c === '}') {
        const start = braces.pop();
        // The closing line stays visible, as in other languages.
        if (start !== undefined && index - 1 > start) folds.push({ start, end: index - 1, kind: 'block' });
      }
    }
  });
  closeComments(lines.length);
  return folds.sort((a, b) => a.start - b.start || b.end - a.end);
}
