// The TextMate grammar: generated from its YAML, covering every keyword of grammar/vocabulary.hpp,
// and the snapshot and assertion tests of vscode-tmgrammar-test (scripts/grammar-tests.js).

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as yaml from 'js-yaml';
import { REPO, ROOT } from './helpers/env';
import { scopesOf, tokenize } from './helpers/tokenize';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const grammarTool = require(path.join(ROOT, 'scripts', 'grammar.js')) as {
  generateJson(yamlText: string): string;
  vocabularyVariables(): Record<string, string>;
  yamlPath: string;
  jsonPath: string;
};

/** The words of the vocabulary table (grammar/vocabulary.hpp), grouped as the tests need them. */
function keywordArrays(): Record<string, string[]> {
  const source = fs.readFileSync(path.join(REPO, 'grammar', 'vocabulary.hpp'), 'utf8');
  const rows = [...source.matchAll(/\{"([^"]+)",\s*Meaning::(\w+)/g)].map((m) => ({ text: m[1]!, meaning: m[2]! }));
  const contextual = new Set([...source.matchAll(/\{"([^"]+)",[^\n]*place::contextual/g)].map((m) => m[1]!));
  const of = (...meanings: string[]) => rows.filter((r) => meanings.includes(r.meaning)).map((r) => r.text);
  return {
    // Operators and duration units are not words that keep an id out.
    keywords: rows
      .filter((r) => !['reserved', 'comparator', 'arrow', 'duration_unit'].includes(r.meaning) && !contextual.has(r.text))
      .map((r) => r.text),
    contextual: [...contextual],
    reserved_words: of('reserved'),
    lane_keywords: of('lane'),
    dimension_keywords: of('dimension'),
  };
}

describe('the grammar JSON', () => {
  it('is what the YAML generates (run `npm run grammar` after editing the YAML)', () => {
    const expected = grammarTool.generateJson(fs.readFileSync(grammarTool.yamlPath, 'utf8'));
    assert.equal(fs.readFileSync(grammarTool.jsonPath, 'utf8'), expected);
  });

  it('has no variables left', () => {
    const json = fs.readFileSync(grammarTool.jsonPath, 'utf8');
    assert.doesNotMatch(json, /\{\{\w+\}\}/);
    assert.equal('variables' in JSON.parse(json), false);
  });
});

describe('keywords', () => {
  const arrays = keywordArrays();
  const keywords = arrays['keywords'] ?? [];
  const reserved = arrays['reserved_words'] ?? [];
  const lanes = arrays['lane_keywords'] ?? [];
  const dimensions = arrays['dimension_keywords'] ?? [];

  it('are read from grammar/vocabulary.hpp', () => {
    assert.ok(keywords.length >= 49, `found ${keywords.length} keywords`);
    // `import`, reserved in version 1, is a keyword since libraries came; no word is reserved now.
    assert.deepEqual(reserved, []);
    assert.equal(lanes.length, 5);
    assert.equal(dimensions.length, 5);
  });

  it('are exactly the words the grammar keeps out of ids', () => {
    const doc = yaml.load(fs.readFileSync(grammarTool.yamlPath, 'utf8')) as { variables: Record<string, string | string[]> };
    assert.equal(doc.variables['keyword'], '(?:{{vocabulary_words}})');
    const alternation = grammarTool.vocabularyVariables()['vocabulary_words'] ?? '';
    assert.deepEqual(alternation.split('|').sort(), [...keywords, ...reserved].sort());
  });

  it('v2 words are keywords where they start an item or a clause, and ids elsewhere', async () => {
    const scopeOf = async (line: string, word: string) => {
      const scopes = scopesOf((await tokenize(line))[0]!, word);
      return scopes[scopes.length - 1] ?? '';
    };
    assert.deepEqual(
      [...(arrays['contextual'] ?? [])].sort(),
      ['decision', 'end', 'promise', 'remote', 'share', 'via', 'cause', 'prevent', 'level', 'likelihood', 'detection',
       'staff', 'frontline', 'supervisor', 'management', 'pain', 'idea', 'above', 'below', 'library'].sort(),
    );
    assert.equal(await scopeOf('library "Dealer network" {', 'library'), 'storage.type.library.blueprint');
    assert.equal(await scopeOf('customer library "Borrow a book"', 'library'), 'entity.name.function.step.blueprint');
    assert.equal(await scopeOf('  import "shared/dealer.blueprint"', 'import'), 'keyword.control.import.blueprint');
    assert.equal(await scopeOf('  import "shared/dealer.blueprint"', '"shared/dealer.blueprint"'), 'string.quoted.double.path.blueprint');
    assert.equal(await scopeOf('lane kpi "KPIs" below support', 'kpi'), 'entity.name.type.lane.blueprint');
    assert.equal(await scopeOf('lane kpi "KPIs" below support', 'below'), 'keyword.other.below.blueprint');
    assert.equal(await scopeOf('  kpi order_time "Order taken"', 'order_time'), 'entity.name.function.item.blueprint');
    assert.equal(await scopeOf('fail "x" { cause staff }', 'cause'), 'keyword.other.cause.blueprint');
    assert.equal(await scopeOf('fail "x" { cause staff }', 'staff'), 'constant.language.cause.blueprint');
    assert.equal(await scopeOf('fail "x" { cause customer }', 'customer'), 'constant.language.cause.blueprint');
    assert.equal(await scopeOf('fail "x" { level supervisor }', 'supervisor'), 'constant.language.level.blueprint');
    assert.equal(await scopeOf('fail "x" { prevent "chime" }', 'prevent'), 'keyword.other.prevent.blueprint');
    assert.equal(await scopeOf('severity 6 likelihood 4 detection 3', 'detection'), 'keyword.other.detection.blueprint');
    assert.equal(await scopeOf('customer a "A" { pain "slow" idea "QR" }', 'idea'), 'keyword.other.idea.blueprint');
    for (const word of ['cause', 'level', 'pain', 'idea', 'staff']) {
      assert.equal(await scopeOf(`customer ${word} "label"`, word), 'entity.name.function.step.blueprint', word);
    }
    assert.equal(await scopeOf('promise 2h', 'promise'), 'keyword.other.promise.blueprint');
    assert.equal(await scopeOf('flow a -> b "yes" share 70%', 'share'), 'keyword.other.share.blueprint');
    assert.equal(await scopeOf('customer a "A" { decision }', 'decision'), 'keyword.other.decision.blueprint');
    assert.equal(await scopeOf('customer a "A" { end feeling -2 }', 'end'), 'keyword.other.end.blueprint');
    assert.equal(await scopeOf('channel p "P" { remote }', 'remote'), 'keyword.other.remote.blueprint');
    assert.equal(await scopeOf('customer a "A" via phone', 'via'), 'keyword.other.via.blueprint');
    assert.equal(await scopeOf('customer a "A" via phone', 'phone'), 'variable.other.channel.blueprint');
    assert.equal(await scopeOf('customer a "A" for fam, kids', 'kids'), 'variable.other.persona.blueprint');
    assert.equal(await scopeOf('persona fam "F"', 'fam'), 'entity.name.type.profile.blueprint');
    for (const word of ['end', 'share', 'via', 'decision']) {
      assert.equal(await scopeOf(`customer ${word} "label"`, word), 'entity.name.function.step.blueprint', word);
      assert.equal(await scopeOf(`flow a -> ${word}`, word), 'variable.other.step.blueprint', word);
    }
  });

  it('each has a keyword scope, not an id scope, wherever it is written', async () => {
    // Alone on a line, and where an id would be (a keyword cannot be an id).
    for (const word of [...keywords, ...reserved]) {
      for (const line of [word, `customer ${word} "label"`, `flow a -> ${word}`, `by ${word}`]) {
        const tokens = (await tokenize(line))[0]!;
        const scopes = tokens.filter((t) => t.text === word).pop()!.scopes;
        const innermost = scopes[scopes.length - 1] ?? '';
        assert.match(innermost, /^(keyword|storage\.type|constant\.language|invalid\.illegal\.reserved-word)\./, `${word} in ${line}: ${scopes.join(' ')}`);
        assert.doesNotMatch(scopes.join(' '), /entity\.name|variable\.other/, `${word} in ${line}`);
        assert.match(innermost, /\.blueprint$/);
      }
    }
  });

  it('scopes each lane, actor kind, dimension and reserved word by its group', async () => {
    for (const lane of lanes) assert.deepEqual(scopesOf((await tokenize(lane))[0]!, lane), [`keyword.control.lane.${lane}.blueprint`]);
    for (const kind of ['role', 'system', 'partner']) {
      assert.deepEqual(scopesOf((await tokenize(kind))[0]!, kind), [`storage.type.actor.${kind}.blueprint`]);
    }
    for (const d of dimensions) assert.deepEqual(scopesOf((await tokenize(`dimension ${d}`))[0]!, d), ['constant.language.dimension.blueprint']);
    for (const r of reserved) assert.deepEqual(scopesOf((await tokenize(r))[0]!, r), ['invalid.illegal.reserved-word.blueprint']);
  });

  it('are whole, lowercase words only', async () => {
    for (const word of ['reviewer', 'review_1', 'Review', 'stage2', 'flows', '_support', 'customer取号']) {
      assert.deepEqual(scopesOf((await tokenize(`customer ${word} "x"`))[0]!, word), ['entity.name.function.step.blueprint'], word);
    }
  });
});

describe('vscode-tmgrammar-test', () => {
  it('snapshots of every example and fixture, and the assertion tests, pass', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'grammar-tests.js')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 300_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    assert.equal(result.error, undefined, output);
    assert.equal(result.status, 0, output);
    // One line per example: a new example in ../examples without a snapshot fails above.
    for (const example of fs.readdirSync(path.join(REPO, 'examples')).filter((f) => f.endsWith('.blueprint'))) {
      assert.match(output, new RegExp(`✓ test/grammar/examples/${example.replace('.', '\\.')} run successfully`), example);
    }
  });
});
