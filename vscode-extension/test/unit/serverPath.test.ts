import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { defaultIsExecutable, expandConfiguredPath, resolveServerPath, searchPath } from '../../src/serverPath';

const posix = { platform: 'linux' as NodeJS.Platform, homeDir: '/home/ann', workspaceFolders: ['/work/site'] };

function only(...files: string[]): (file: string) => boolean {
  const set = new Set(files);
  return (file) => set.has(file);
}

describe('resolveServerPath', () => {
  it('uses blueprint from PATH when the setting is empty', () => {
    const result = resolveServerPath({ ...posix, configured: '', envPath: '/usr/bin:/opt/bp/bin', isExecutable: only('/opt/bp/bin/blueprint') });
    assert.deepEqual(result, { ok: true, path: '/opt/bp/bin/blueprint', source: 'PATH' });
  });

  it('treats a setting of spaces as not set', () => {
    const result = resolveServerPath({ ...posix, configured: '   ', envPath: '/opt/bp/bin', isExecutable: only('/opt/bp/bin/blueprint') });
    assert.equal(result.ok && result.source, 'PATH');
  });

  it('takes the first match on PATH', () => {
    const result = resolveServerPath({
      ...posix,
      configured: undefined,
      envPath: '/a::/b',
      isExecutable: only('/a/blueprint', '/b/blueprint'),
    });
    assert.equal(result.ok && result.path, '/a/blueprint');
  });

  it('explains how to install when blueprint is on neither', () => {
    const result = resolveServerPath({ ...posix, configured: '', envPath: '/usr/bin:/bin', isExecutable: () => false });
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.reason, 'not-on-path');
    assert.deepEqual(result.tried, ['/usr/bin/blueprint', '/bin/blueprint']);
    assert.match(result.message, /not found on PATH/);
    assert.match(result.message, /make build/);
    assert.match(result.message, /build\/blueprint/);
    assert.match(result.message, /blueprint\.server\.path/);
  });

  it('uses an absolute setting and does not fall back to PATH when it is wrong', () => {
    const ok = resolveServerPath({ ...posix, configured: '/opt/x/blueprint', envPath: '/usr/bin', isExecutable: only('/opt/x/blueprint') });
    assert.deepEqual(ok, { ok: true, path: '/opt/x/blueprint', source: 'setting' });
    const wrong = resolveServerPath({ ...posix, configured: '/opt/x/blueprint', envPath: '/usr/bin', isExecutable: only('/usr/bin/blueprint') });
    assert.equal(wrong.ok, false);
    if (wrong.ok) return;
    assert.equal(wrong.reason, 'setting-not-found');
    assert.match(wrong.message, /`\/opt\/x\/blueprint`/);
    assert.match(wrong.message, /make build/);
  });

  it('expands ~ and ${workspaceFolder}, and takes a relative path from the workspace folder', () => {
    assert.equal(
      resolveServerPath({ ...posix, configured: '~/bin/blueprint', envPath: '', isExecutable: only('/home/ann/bin/blueprint') }).ok,
      true,
    );
    const ws = resolveServerPath({ ...posix, configured: '${workspaceFolder}/build/blueprint', envPath: '', isExecutable: only('/work/site/build/blueprint') });
    assert.equal(ws.ok && ws.path, '/work/site/build/blueprint');
    const rel = resolveServerPath({ ...posix, configured: 'build/blueprint', envPath: '', isExecutable: only('/work/site/build/blueprint') });
    assert.equal(rel.ok && rel.path, '/work/site/build/blueprint');
  });

  it('looks a bare program name up on PATH', () => {
    const result = resolveServerPath({ ...posix, configured: 'blueprint-dev', envPath: '/usr/local/bin', isExecutable: only('/usr/local/bin/blueprint-dev') });
    assert.deepEqual(result, { ok: true, path: '/usr/local/bin/blueprint-dev', source: 'setting' });
  });

  it('adds PATHEXT on Windows', () => {
    const result = resolveServerPath({
      platform: 'win32',
      homeDir: 'C:\\Users\\ann',
      workspaceFolders: [],
      configured: '',
      envPath: 'C:\\Windows;"C:\\Program Files\\bp"',
      pathExt: '.COM;.EXE',
      isExecutable: only('C:\\Program Files\\bp\\blueprint.exe'),
    });
    assert.deepEqual(result, { ok: true, path: 'C:\\Program Files\\bp\\blueprint.exe', source: 'PATH' });
  });
});

describe('expandConfiguredPath', () => {
  it('expands only a leading ~', () => {
    assert.equal(expandConfiguredPath('~', '/h', undefined), '/h');
    assert.equal(expandConfiguredPath('/a/~/b', '/h', undefined), '/a/~/b');
    assert.equal(expandConfiguredPath('${userHome}/x', '/h', undefined), '/h/x');
    assert.equal(expandConfiguredPath('${workspaceFolder}/x', '/h', undefined), '${workspaceFolder}/x');
  });
});

describe('on the real file system', () => {
  it('finds an executable file, not a directory or a plain file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-path-'));
    try {
      const exe = path.join(dir, 'bin1');
      fs.mkdirSync(exe);
      fs.mkdirSync(path.join(exe, 'blueprint')); // a directory named blueprint
      const plain = path.join(dir, 'bin2');
      fs.mkdirSync(plain);
      fs.writeFileSync(path.join(plain, 'blueprint'), '', { mode: 0o644 });
      const good = path.join(dir, 'bin3');
      fs.mkdirSync(good);
      fs.writeFileSync(path.join(good, 'blueprint'), '#!/bin/sh\n', { mode: 0o755 });
      const envPath = [exe, plain, good].join(path.delimiter);
      const found = searchPath('blueprint', envPath, process.platform, process.env['PATHEXT'], defaultIsExecutable);
      if (process.platform !== 'win32') assert.equal(found.found, path.join(good, 'blueprint'));
      assert.equal(defaultIsExecutable(path.join(dir, 'missing')), false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
