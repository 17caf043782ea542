import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bannerFromDiagnostics, codePointColumn, utf16Offset, type LspDiagnostic } from '../../src/banner';

const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 1 } });

describe('the preview banner', () => {
  const lines = ['blueprint "x" {', '  stage s "😀" { customer a "A" takes 5 min }', '}'];
  const diagnostics: LspDiagnostic[] = [
    { range: at(1, 41), severity: 1, code: 'BP001', message: 'expected a duration unit\nhint: write 5min', data: { name: 'syntax' } },
    { range: at(1, 2), severity: 2, code: 'BP204', message: 'a warning', data: { name: 'no-time' } },
  ];

  it('lists the errors, not the warnings, with 1-based lines and code point columns', () => {
    const banner = bannerFromDiagnostics(diagnostics, (l) => lines[l] ?? '');
    assert.equal(banner.title, '1 error: the diagram is not redrawn until it is fixed');
    assert.deepEqual(banner.items, [
      { text: '2:41 expected a duration unit [BP001 syntax]', line: 2, column: 41, hint: 'write 5min' },
    ]);
    assert.equal(banner.more, 0);
  });

  it('shows the first few and counts the rest', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ ...diagnostics[0]!, range: at(i, 0) }));
    const banner = bannerFromDiagnostics(many, () => '', 5);
    assert.equal(banner.items.length, 5);
    assert.equal(banner.more, 2);
    assert.match(banner.title, /^7 errors: .* until they are fixed$/);
  });

  it('converts between code point columns and UTF-16 offsets both ways', () => {
    const line = lines[1]!;
    assert.equal(codePointColumn(line, 41), 41);
    assert.equal(utf16Offset(line, 41), 41);
    assert.equal(codePointColumn(line, 11), 12); // up to the emoji
    assert.equal(codePointColumn('😀x', 2), 2); // the emoji is two units, one code point
    assert.equal(utf16Offset('😀x', 2), 2);
  });
});
