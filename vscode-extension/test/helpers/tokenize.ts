// Tokenizes text with the extension's grammar, through the same engine as VS Code (vscode-textmate
// and the Oniguruma regular expressions).

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { ROOT } from './env';

export interface Token {
  text: string;
  scopes: string[];
}

let grammarPromise: Promise<textmate.IGrammar> | undefined;

function loadGrammar(): Promise<textmate.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName: string) => {
        if (scopeName !== 'source.blueprint') return null;
        const file = path.join(ROOT, 'syntaxes', 'blueprint.tmLanguage.json');
        return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      },
    });
    const grammar = await registry.loadGrammar('source.blueprint');
    if (!grammar) throw new Error('the grammar did not load');
    return grammar;
  })();
  return grammarPromise;
}

/** The tokens of each line, without the whitespace-only ones. */
export async function tokenize(text: string): Promise<Token[][]> {
  const grammar = await loadGrammar();
  let state = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens
      .map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes.slice(1) }))
      .filter((t) => t.text.trim().length > 0);
  });
}

/** The innermost scopes of `word` (its first whole occurrence) in `line`. */
export function scopesOf(tokens: Token[], word: string): string[] {
  const token = tokens.find((t) => t.text === word);
  if (!token) throw new Error(`no token \`${word}\` in ${JSON.stringify(tokens.map((t) => t.text))}`);
  return token.scopes;
}
