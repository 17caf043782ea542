// Expands VS Code snippet bodies the way the editor does when each placeholder keeps its default:
// $1 ${1} -> '' (or the mirrored value), ${1:default} -> default (nested), ${1|a,b|} -> a (or the
// given choice), $0 -> '', variables -> their default or ''. Escapes: \$ \} \\ (and \, \| in choices).

export function choicePlaceholders(body: string): Map<number, string[]> {
  const result = new Map<number, string[]>();
  for (const match of body.matchAll(/\$\{(\d+)\|((?:[^|\\]|\\.)*)\|\}/g)) {
    const options = match[2]!.split(/(?<!\\),/).map((o) => o.replace(/\\(.)/g, '$1'));
    if (!result.has(Number(match[1]))) result.set(Number(match[1]), options);
  }
  return result;
}

export function expandSnippet(body: string, choices: Map<number, string> = new Map()): string {
  const values = new Map<number, string>();
  let pos = 0;

  function parse(stopAtBrace: boolean): string {
    let out = '';
    while (pos < body.length) {
      const c = body[pos]!;
      if (c === '\\' && pos + 1 < body.length && '$}\\'.includes(body[pos + 1]!)) {
        out += body[pos + 1];
        pos += 2;
      } else if (stopAtBrace && c === '}') {
        return out;
      } else if (c === '$') {
        out += parseDollar();
      } else {
        out += c;
        pos++;
      }
    }
    if (stopAtBrace) throw new Error('unclosed ${ in snippet');
    return out;
  }

  function parseDollar(): string {
    pos++; // $
    const simple = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(pos));
    if (simple) {
      pos += simple[0].length;
      return valueOf(simple[0], undefined);
    }
    if (body[pos] !== '{') return '$';
    pos++; // {
    const head = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(pos));
    if (!head) throw new Error(`bad snippet syntax at ${pos}`);
    pos += head[0].length;
    const name = head[0];
    const next = body[pos];
    if (next === '}') {
      pos++;
      return valueOf(name, undefined);
    }
    if (next === ':') {
      pos++;
      const inner = parse(true);
      pos++; // }
      return valueOf(name, inner);
    }
    if (next === '|') {
      const end = body.indexOf('|}', pos + 1);
      const options = body
        .slice(pos + 1, end)
        .split(/(?<!\\),/)
        .map((o) => o.replace(/\\(.)/g, '$1'));
      pos = end + 2;
      const index = Number(name);
      return valueOf(name, choices.get(index) ?? options[0]);
    }
    throw new Error(`unsupported snippet syntax \${${name}${next ?? ''} (transforms are not expanded by this test)`);
  }

  function valueOf(name: string, fallback: string | undefined): string {
    if (!/^\d+$/.test(name)) return fallback ?? ''; // a variable
    const index = Number(name);
    if (index === 0) return '';
    // Mirrors take the value of the first occurrence that has one.
    if (!values.has(index) && fallback !== undefined) values.set(index, fallback);
    return values.get(index) ?? fallback ?? '';
  }

  return parse(false);
}
