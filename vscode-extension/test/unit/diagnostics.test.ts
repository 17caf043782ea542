import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bannerFromOutput, parseHumanOutput, shortErrorMessage, utf16Offset } from '../../src/diagnostics';

// As `blueprint render - -o -` prints them (docs/cli.md, human format).
const TWO_ERRORS = `error[BP004 invalid-value]: feeling is out of range
 --> <stdin>:3:32
  |
3 |   customer pay "Pay" { feeling +3 }
  |                                ^^
  = hint: use a whole number from -2 (very negative) to +2 (very positive)

error[BP002 duplicate-id]: \`pay\` is declared twice
  --> <stdin>:14:12
   |
14 |   customer pay "P"
   |            ^^^
   |
  --> <stdin>:3:12
   |
 3 |   customer pay "Pay" { feeling +3 }
   |            --- \`pay\` is first declared here
   = hint: ids of steps, stages, actors and standards share one namespace; rename one of them

<stdin>: 2 errors, 0 warnings, 0 notes
blueprint: nothing written: fix the errors first
`;

const BAD_BYTES = `error[BP001 syntax]: invalid UTF-8: byte 0xE9 does not start a valid sequence
 --> <stdin>:1:1
  = hint: save the file as UTF-8

<stdin>: 1 error, 0 warnings, 0 notes
blueprint: nothing written: fix the errors first
`;

describe('parseHumanOutput', () => {
  it('reads each diagnostic with its first location and hint', () => {
    const parsed = parseHumanOutput(TWO_ERRORS);
    assert.deepEqual(parsed.diagnostics, [
      {
        severity: 'error',
        code: 'BP004',
        name: 'invalid-value',
        message: 'feeling is out of range',
        file: '<stdin>',
        line: 3,
        column: 32,
        hint: 'use a whole number from -2 (very negative) to +2 (very positive)',
      },
      {
        severity: 'error',
        code: 'BP002',
        name: 'duplicate-id',
        message: '`pay` is declared twice',
        file: '<stdin>',
        line: 14,
        column: 12,
        hint: 'ids of steps, stages, actors and standards share one namespace; rename one of them',
      },
    ]);
    assert.equal(parsed.summary, '<stdin>: 2 errors, 0 warnings, 0 notes');
    assert.deepEqual(parsed.messages, ['blueprint: nothing written: fix the errors first']);
  });

  it('reads a diagnostic without a source line', () => {
    const parsed = parseHumanOutput(BAD_BYTES);
    assert.equal(parsed.diagnostics.length, 1);
    assert.equal(parsed.diagnostics[0]!.line, 1);
    assert.equal(parsed.diagnostics[0]!.hint, 'save the file as UTF-8');
  });

  it('reads a Windows path with a drive letter, CRLF and colour codes', () => {
    const text = '\u001b[1;31merror[BP001 syntax]\u001b[0m: expected `}`\r\n --> C:\\w\\a.blueprint:7:2\r\n';
    const d = parseHumanOutput(text).diagnostics[0]!;
    assert.equal(d.file, 'C:\\w\\a.blueprint');
    assert.equal(d.line, 7);
    assert.equal(d.column, 2);
  });

  it('keeps warnings and notes apart from errors', () => {
    const text = 'warning[BP201 missing-recovery]: fail point "x" has no recovery\n --> a.blueprint:2:3\n\nnote[BP403 unused-actor]: y\n --> a.blueprint:1:1\n';
    assert.deepEqual(
      parseHumanOutput(text).diagnostics.map((d) => d.severity),
      ['warning', 'note'],
    );
  });
});

describe('bannerFromOutput', () => {
  it('lists the errors with positions to jump to', () => {
    const banner = bannerFromOutput(TWO_ERRORS, 1);
    assert.equal(banner.title, '2 errors: the diagram is not redrawn until they are fixed');
    assert.deepEqual(banner.items[0], {
      text: '3:32 feeling is out of range [BP004 invalid-value]',
      line: 3,
      column: 32,
      hint: 'use a whole number from -2 (very negative) to +2 (very positive)',
    });
    assert.equal(banner.items[1]!.line, 14);
    assert.equal(banner.more, 0);
  });

  it('shows at most maxItems and counts the rest', () => {
    const many = Array.from({ length: 8 }, (_, i) => `error[BP001 syntax]: e${i}\n --> <stdin>:${i + 1}:1\n`).join('\n');
    const banner = bannerFromOutput(many, 1, 5);
    assert.equal(banner.items.length, 5);
    assert.equal(banner.more, 3);
    assert.match(banner.title, /^8 errors/);
  });

  it('shows the program error of a usage or I/O problem', () => {
    const banner = bannerFromOutput('blueprint: error: `<stdin>` is larger than the limit of 64 MiB; raise it with --max-file-size\n', 2);
    assert.equal(banner.title, 'blueprint exited with status 2: `<stdin>` is larger than the limit of 64 MiB; raise it with --max-file-size');
    assert.deepEqual(banner.items, []);
  });

  it('shows a CLI11 usage message without its "Run with --help" line', () => {
    const banner = bannerFromOutput('--format: xml not in {svg,png,pdf,dot}\nRun with --help for more information.\n', 2);
    assert.equal(banner.title, 'blueprint exited with status 2: --format: xml not in {svg,png,pdf,dot}');
  });

  it('says so when there is nothing to show', () => {
    assert.equal(bannerFromOutput('', null).title, 'blueprint was stopped without a message');
    assert.equal(bannerFromOutput('', 139).title, 'blueprint exited with status 139 without a message');
  });
});

describe('shortErrorMessage', () => {
  it('names the first error and how many more', () => {
    assert.equal(
      shortErrorMessage(TWO_ERRORS, 1),
      'The blueprint has 2 errors. line 3, column 32: feeling is out of range (and 1 more error)',
    );
    assert.equal(shortErrorMessage(BAD_BYTES, 1), 'The blueprint has 1 error. line 1, column 1: invalid UTF-8: byte 0xE9 does not start a valid sequence');
    assert.equal(
      shortErrorMessage('blueprint: error: cannot write `/x/y.svg`: No such file or directory\n', 2),
      'blueprint exited with status 2: cannot write `/x/y.svg`: No such file or directory',
    );
  });
});

describe('utf16Offset', () => {
  it('turns a column in code points into an offset in UTF-16 code units', () => {
    assert.equal(utf16Offset('abc', 1), 0);
    assert.equal(utf16Offset('abc', 3), 2);
    assert.equal(utf16Offset('取号 x', 4), 3);
    assert.equal(utf16Offset('note "😀" takes 5 min', 10), 10); // the emoji is 2 code units
    assert.equal(utf16Offset('😀😀x', 3), 4);
    assert.equal(utf16Offset('ab', 10), 2, 'past the end: the end');
  });
});
