import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldingRanges } from '../../src/folding';

describe('foldingRanges', () => {
  it('folds blocks up to the line before their closing brace', () => {
    const text = [
      'blueprint "x" {', // 0
      '  stage s "S" {', // 1
      '    customer a "A" {', // 2
      '      feeling +1', // 3
      '    }', // 4
      '  }', // 5
      '}', // 6
    ].join('\n');
    assert.deepEqual(foldingRanges(text), [
      { start: 0, end: 5, kind: 'block' },
      { start: 1, end: 4, kind: 'block' },
      { start: 2, end: 3, kind: 'block' },
    ]);
  });

  it('ignores braces in strings and comments, and one-line blocks', () => {
    const text = ['blueprint "a { b" { # {', '  note "}\\"}"', '  stage s "S" { customer a "A" }', '}'].join('\r\n');
    assert.deepEqual(foldingRanges(text), [{ start: 0, end: 2, kind: 'block' }]);
  });

  it('folds region markers and runs of comments', () => {
    const text = ['# one', '# two', '# region Actors', 'role a "A"', 'role b "B"', '# endregion', '# alone', 'x'].join('\n');
    assert.deepEqual(foldingRanges(text), [
      { start: 0, end: 1, kind: 'comment' },
      { start: 2, end: 5, kind: 'region' },
    ]);
  });

  it('survives unbalanced braces', () => {
    assert.deepEqual(foldingRanges('}\n}\n{'), []);
  });
});
