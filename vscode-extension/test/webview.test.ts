// media/preview.js, the preview page's script, in jsdom: it shows the SVG without anything that
// could run or load, zooms, and shows the banner as text.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { previewPage } from '../src/previewHtml';
import { runProcess } from '../src/runner';
import { EXAMPLES, requireBlueprint, ROOT } from './helpers/env';

const SCRIPT = fs.readFileSync(path.join(ROOT, 'media', 'preview.js'), 'utf8');

function load(savedState?: unknown) {
  const html = previewPage({ cspSource: 'vscode-webview://x', nonce: 'n', scriptUri: 'preview.js', styleUri: 'preview.css', title: 'Preview' });
  // The page's own <script> is not run by jsdom here; the test runs the script itself.
  const dom = new JSDOM(html.replace(/<script[^>]*><\/script>/, ''), { runScripts: 'outside-only', pretendToBeVisual: true });
  const window = dom.window;
  const posted: unknown[] = [];
  let state = savedState;
  Object.assign(window, {
    // Copied out of jsdom's realm, so deepEqual compares plain objects.
    acquireVsCodeApi: () => ({
      postMessage: (m: unknown) => posted.push(JSON.parse(JSON.stringify(m))),
      getState: () => state,
      setState: (s: unknown) => (state = JSON.parse(JSON.stringify(s))),
    }),
    ResizeObserver: class {
      observe() {}
    },
  });
  window.eval(SCRIPT);
  const send = (data: unknown) => window.dispatchEvent(new window.MessageEvent('message', { data }));
  const doc = window.document;
  return { window, doc, posted, send, state: () => state, svg: () => doc.querySelector('#canvas svg') };
}

const HOSTILE = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100pt" height="50pt" viewBox="0 0 100 50" onload="alert(1)">
  <defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>
  <script>alert(1)</script>
  <style>rect { fill: url(http://evil.example/x) }</style>
  <g id="a" onclick="alert(2)">
    <a href="javascript:alert(3)" xlink:href="http://evil.example/"><text x="1" y="10">hello &lt;b&gt;</text></a>
    <title>a step</title>
  </g>
  <foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="http://evil.example/"></iframe></foreignObject>
  <image href="http://evil.example/x.png" width="5" height="5"/>
  <animate attributeName="href" to="javascript:alert(4)"/>
  <set attributeName="onclick" to="alert(5)"/>
  <rect style="fill: red" fill="url(#g)" width="5" height="5"/>
  <rect fill="url(http://evil.example/p)" width="5" height="5"/>
  <use href="#a"/>
  <use xlink:href="http://evil.example/s.svg#x"/>
  <html:div xmlns:html="http://www.w3.org/1999/xhtml">not svg</html:div>
</svg>`;

describe('the preview script', () => {
  it('asks for the diagram when it loads', () => {
    const { posted } = load();
    assert.deepEqual(posted, [{ type: 'ready' }]);
  });

  it('removes from the SVG everything that could run script, load something or navigate', () => {
    const { send, svg, doc } = load();
    send({ type: 'diagram', svg: HOSTILE, document: 'x.blueprint' });
    const root = svg();
    assert.ok(root, 'the SVG is shown');
    const names = [...root.querySelectorAll('*')].map((e) => e.localName);
    for (const banned of ['script', 'style', 'foreignObject', 'iframe', 'image', 'animate', 'set', 'div']) {
      assert.equal(names.includes(banned), false, banned);
    }
    for (const element of [root, ...root.querySelectorAll('*')]) {
      for (const attribute of [...element.attributes]) {
        assert.doesNotMatch(attribute.name, /^on/i, `${element.localName} ${attribute.name}`);
        assert.notEqual(attribute.name, 'style');
        if (/href$/.test(attribute.name)) assert.match(attribute.value, /^#/, `${element.localName} ${attribute.name}=${attribute.value}`);
        assert.doesNotMatch(attribute.value, /javascript:|evil\.example/, `${element.localName} ${attribute.name}`);
      }
    }
    // What is harmless stays: text (as text), titles, same-document references.
    assert.equal(root.querySelector('text')?.textContent, 'hello <b>');
    assert.equal(doc.querySelectorAll('#canvas b').length, 0);
    assert.equal(root.querySelector('title')?.textContent, 'a step');
    assert.equal(root.querySelector('rect')?.getAttribute('fill'), 'url(#g)');
    assert.equal(root.querySelectorAll('use').length, 2);
    assert.equal(root.querySelector('use')?.getAttribute('href'), '#a');
    assert.equal(doc.querySelector('#banner')?.hasAttribute('hidden'), true);
  });

  it('reports text that is not SVG instead of showing it', () => {
    const { send, svg, doc } = load();
    send({ type: 'diagram', svg: '<html><body>not svg</body></html>', document: 'x' });
    assert.equal(svg(), null);
    assert.match(doc.querySelector('#banner')?.textContent ?? '', /cannot be shown/);
    send({ type: 'diagram', svg: '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', document: 'x' });
    assert.equal(svg(), null);
  });

  it('zooms: 100%, in, out, and fit, and remembers the zoom', () => {
    const { send, svg, doc, window, state } = load();
    send({ type: 'diagram', svg: HOSTILE, document: 'x' });
    const click = (id: string) => doc.getElementById(id)!.dispatchEvent(new window.MouseEvent('click'));
    const width = () => parseFloat(svg()!.getAttribute('width')!);
    click('zoom-actual');
    assert.ok(Math.abs(width() - (100 * 96) / 72) < 1e-9, String(width()));
    assert.match(svg()!.getAttribute('width')!, /px$/);
    assert.equal(doc.getElementById('zoom-level')?.textContent, '100%');
    click('zoom-in');
    assert.ok(Math.abs(width() - ((100 * 96) / 72) * 1.25) < 1e-9);
    assert.deepEqual(state(), { zoom: 1.25 });
    click('zoom-out');
    click('zoom-out');
    assert.equal(doc.getElementById('zoom-level')?.textContent, '80%');
    click('zoom-fit');
    assert.deepEqual(state(), { zoom: null });
    assert.match(doc.getElementById('zoom-level')?.textContent ?? '', /^Fit/);
  });

  it('keeps the zoom when a new diagram arrives, and restores it after a reload', () => {
    const first = load();
    first.send({ type: 'diagram', svg: HOSTILE, document: 'x' });
    first.doc.getElementById('zoom-in')!.dispatchEvent(new first.window.MouseEvent('click'));
    const zoom = (first.state() as { zoom: number }).zoom;
    first.send({ type: 'diagram', svg: HOSTILE, document: 'x' });
    assert.ok(Math.abs(parseFloat(first.svg()!.getAttribute('width')!) - ((100 * 96) / 72) * zoom) < 1e-9);
    const second = load(first.state());
    second.send({ type: 'diagram', svg: HOSTILE, document: 'x' });
    assert.equal(second.svg()!.getAttribute('width'), first.svg()!.getAttribute('width'));
  });

  it('shows the banner as text, with errors that jump to their place', () => {
    const { send, doc, window, posted } = load();
    send({
      type: 'banner',
      banner: {
        title: '2 errors: <img src=x onerror=alert(1)>',
        items: [{ text: '3:30 expected a duration unit', line: 3, column: 30, hint: 'write `30s`' }, { text: 'no position' }],
        more: 4,
      },
    });
    const banner = doc.getElementById('banner')!;
    assert.equal(banner.hasAttribute('hidden'), false);
    assert.equal(banner.querySelectorAll('img').length, 0);
    assert.match(banner.textContent ?? '', /2 errors: <img src=x onerror=alert\(1\)>/);
    assert.match(banner.textContent ?? '', /hint: write `30s`/);
    assert.match(banner.textContent ?? '', /…and 4 more/);
    assert.equal(doc.body.classList.contains('has-errors'), true);
    const buttons = banner.querySelectorAll('button');
    assert.equal(buttons.length, 1);
    buttons[0]!.dispatchEvent(new window.MouseEvent('click'));
    assert.deepEqual(posted.pop(), { type: 'reveal', line: 3, column: 30 });
    send({ type: 'banner', banner: null });
    assert.equal(banner.hasAttribute('hidden'), true);
    assert.equal(doc.body.classList.contains('has-errors'), false);
  });

  it('remembers the document it shows, so VS Code can restore the preview', () => {
    const { send, state } = load({ zoom: 2 });
    send({ type: 'diagram', svg: HOSTILE, document: 'x.blueprint', uri: 'file:///w/x.blueprint' });
    assert.deepEqual(state(), { zoom: 2, uri: 'file:///w/x.blueprint' });
    send({ type: 'clear', document: 'y.blueprint', uri: 'file:///w/y.blueprint', message: '' });
    assert.deepEqual(state(), { zoom: 2, uri: 'file:///w/y.blueprint' });
  });

  it('clears the diagram with a message, and shows when it is drawing', () => {
    const { send, svg, doc } = load();
    send({ type: 'diagram', svg: HOSTILE, document: 'x' });
    send({ type: 'clear', document: 'y', message: 'No diagram yet: <b>' });
    assert.equal(svg(), null);
    assert.equal(doc.getElementById('placeholder')?.textContent, 'No diagram yet: <b>');
    send({ type: 'busy', busy: true });
    assert.equal(doc.getElementById('status')?.textContent, 'Drawing…');
    send({ type: 'busy', busy: false });
    assert.equal(doc.getElementById('status')?.textContent, '');
  });
});

describe('the preview script with real diagrams', () => {
  let program: string;
  before(() => {
    program = requireBlueprint();
  });

  for (const example of fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.blueprint'))) {
    it(`keeps every element of ${example}'s diagram`, async () => {
      // The diagram the preview gets from the language server is `blueprint render`'s SVG.
      const args = ['render', '-', '--format', 'svg', '-o', '-', '--highlight', 'findings'];
      const result = await runProcess(program, args, { stdin: fs.readFileSync(path.join(EXAMPLES, example), 'utf8') }).result;
      assert.equal(result.code, 0, result.stderr);
      const text = result.stdout.toString('utf8');
      const original = new JSDOM(text, { contentType: 'image/svg+xml' }).window.document;
      const { send, svg } = load();
      send({ type: 'diagram', svg: text, document: example });
      const shown = svg();
      assert.ok(shown);
      const count = (root: ParentNode, selector: string) => root.querySelectorAll(selector).length;
      for (const selector of ['g', 'text', 'title', 'path', 'polygon', 'ellipse', 'a']) {
        assert.equal(count(shown, selector), count(original, selector), selector);
      }
      assert.equal(shown.textContent, original.documentElement.textContent);
    });
  }
});
