import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy, escapeHtml, makeNonce, previewPage } from '../../src/previewHtml';

const options = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'abc123',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css',
  title: 'Preview <x>',
};

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0]!, parts.slice(1)]),
  );
}

describe('the preview page', () => {
  it('has a strict Content-Security-Policy', () => {
    const csp = directives(contentSecurityPolicy(options.cspSource, options.nonce));
    assert.deepEqual(csp.get('default-src'), ["'none'"]);
    assert.deepEqual(csp.get('script-src'), ["'nonce-abc123'"], 'only the page own script, by nonce');
    assert.deepEqual(csp.get('style-src'), [options.cspSource], 'only the extension style sheet: no inline styles');
    for (const name of ['img-src', 'font-src', 'connect-src', 'frame-src', 'object-src', 'base-uri', 'form-action']) {
      assert.deepEqual(csp.get(name), ["'none'"], name);
    }
    const all = [...csp.values()].flat().join(' ');
    assert.doesNotMatch(all, /unsafe-inline|unsafe-eval|\*|data:|https?:\/\/(?!file\+)/);
  });

  it('puts the policy in the page, and loads only its own script and style sheet', () => {
    const html = previewPage(options);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(meta, 'the CSP meta tag');
    assert.equal(meta[1], contentSecurityPolicy(options.cspSource, options.nonce));
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(scripts, [`<script nonce="abc123" src="${options.scriptUri}">`]);
    assert.doesNotMatch(html, /<script\b[^>]*>[^<]+<\/script>/, 'no inline script');
    assert.doesNotMatch(html, /\sstyle=/, 'no inline style');
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no event handler attributes');
    assert.match(html, /<title>Preview &lt;x&gt;<\/title>/);
  });

  it('makes a fresh, safe nonce each time', () => {
    const a = makeNonce();
    const b = makeNonce();
    assert.notEqual(a, b);
    assert.match(a, /^[A-Za-z0-9]{20,}$/);
  });

  it('escapes HTML', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;'&amp;'&lt;/a&gt;");
  });
});
