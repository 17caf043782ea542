// @ts-check
// The preview webview's script: shows the SVG the extension sends, with zoom and fit, and the
// banner of errors. The SVG is treated as untrusted: it is parsed as XML, and every element and
// attribute that could run script, load something or navigate is removed before it is shown. The
// page's Content-Security-Policy forbids all of that as well (see src/previewHtml.ts).
'use strict';

(function () {
  // @ts-ignore acquireVsCodeApi is provided by VS Code's webview.
  const vscode = acquireVsCodeApi();

  const viewport = /** @type {HTMLElement} */ (document.getElementById('viewport'));
  const canvas = /** @type {HTMLElement} */ (document.getElementById('canvas'));
  const banner = /** @type {HTMLElement} */ (document.getElementById('banner'));
  const status = /** @type {HTMLElement} */ (document.getElementById('status'));
  const zoomLevel = /** @type {HTMLElement} */ (document.getElementById('zoom-level'));

  const MIN_ZOOM = 0.1;
  const MAX_ZOOM = 8;
  const STEP = 1.25;
  const PT_TO_PX = 96 / 72;

  /**
   * Kept by VS Code while the page is hidden and across restarts (the extension reopens the
   * preview of `uri`). zoom null: fit the window.
   * @type {{ zoom: number | null, uri?: string }}
   */
  const state = Object.assign({ zoom: null }, vscode.getState() || {});

  /** @param {unknown} uri */
  function rememberDocument(uri) {
    if (typeof uri === 'string' && uri !== state.uri) {
      state.uri = uri;
      vscode.setState(state);
    }
  }

  /** @type {SVGSVGElement | null} */
  let svg = null;
  /** The diagram's natural size in CSS pixels. */
  let natural = { width: 0, height: 0 };

  const SVG_NS = 'http://www.w3.org/2000/svg';
  // Elements kept as they are; anything else (script, foreignObject, image, animate, set, style,
  // iframe, ...) is removed with its content.
  const ALLOWED_ELEMENTS = new Set([
    'svg', 'g', 'defs', 'title', 'desc', 'a', 'path', 'polygon', 'polyline', 'line', 'rect', 'circle', 'ellipse',
    'text', 'tspan', 'marker', 'lineargradient', 'radialgradient', 'stop', 'clippath', 'mask', 'pattern', 'symbol',
    'use', 'switch', 'metadata',
  ]);

  /**
   * Parses and cleans the SVG text; returns the root element or an error message.
   * @param {string} text
   * @returns {SVGSVGElement | string}
   */
  function parseSvg(text) {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.getElementsByTagName('parsererror').length > 0) return 'the SVG could not be read';
    const root = doc.documentElement;
    if (root.localName !== 'svg' || root.namespaceURI !== SVG_NS) return 'the output is not SVG';
    clean(root);
    return /** @type {SVGSVGElement} */ (/** @type {unknown} */ (document.importNode(root, true)));
  }

  /** @param {Element} element */
  function clean(element) {
    for (const child of Array.from(element.children)) {
      if (child.namespaceURI !== SVG_NS || !ALLOWED_ELEMENTS.has(child.localName.toLowerCase())) {
        child.remove();
      } else {
        clean(child);
      }
    }
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.localName.toLowerCase();
      const value = attribute.value.trim();
      const isLink = name === 'href' || name === 'src' || name === 'action' || name === 'formaction';
      if (name.startsWith('on') || name === 'style' || (isLink && !value.startsWith('#'))) {
        element.removeAttributeNode(attribute);
      } else if (/url\s*\(/i.test(value) && !/^url\(\s*#[^)]*\)$/i.test(value)) {
        // fill="url(#gradient)" is fine; a url() that points anywhere else is not.
        element.removeAttributeNode(attribute);
      }
    }
  }

  function naturalSize(/** @type {SVGSVGElement} */ element) {
    const box = element.viewBox && element.viewBox.baseVal;
    const parse = (/** @type {string | null} */ value, /** @type {number} */ fallback) => {
      if (!value) return fallback;
      const number = parseFloat(value);
      if (!isFinite(number) || number <= 0) return fallback;
      if (/pt$/.test(value)) return number * PT_TO_PX;
      return number;
    };
    const width = parse(element.getAttribute('width'), box && box.width ? box.width * PT_TO_PX : 800);
    const height = parse(element.getAttribute('height'), box && box.height ? box.height * PT_TO_PX : 600);
    return { width, height };
  }

  function fitZoom() {
    if (!natural.width || !natural.height) return 1;
    const style = getComputedStyle(viewport);
    const px = (/** @type {string} */ value) => parseFloat(value) || 0;
    const paddingX = px(style.paddingLeft) + px(style.paddingRight);
    const paddingY = px(style.paddingTop) + px(style.paddingBottom);
    const width = Math.max(50, viewport.clientWidth - paddingX);
    const height = Math.max(50, viewport.clientHeight - paddingY);
    return Math.min(width / natural.width, height / natural.height, 1);
  }

  function currentZoom() {
    return state.zoom === null ? fitZoom() : state.zoom;
  }

  function applyZoom() {
    const zoom = currentZoom();
    zoomLevel.textContent = state.zoom === null ? `Fit (${Math.round(zoom * 100)}%)` : `${Math.round(zoom * 100)}%`;
    if (!svg) return;
    svg.setAttribute('width', `${Math.max(1, natural.width * zoom)}px`);
    svg.setAttribute('height', `${Math.max(1, natural.height * zoom)}px`);
  }

  /**
   * Sets the zoom, keeping the point under (clientX, clientY) in place when given.
   * @param {number | null} zoom @param {number} [clientX] @param {number} [clientY]
   */
  function setZoom(zoom, clientX, clientY) {
    if (zoom !== null && !isFinite(zoom)) return;
    const before = currentZoom();
    const rect = viewport.getBoundingClientRect();
    const x = clientX === undefined ? rect.width / 2 : clientX - rect.left;
    const y = clientY === undefined ? rect.height / 2 : clientY - rect.top;
    const contentX = (viewport.scrollLeft + x) / before;
    const contentY = (viewport.scrollTop + y) / before;
    state.zoom = zoom === null ? null : Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
    vscode.setState(state);
    applyZoom();
    const after = currentZoom();
    viewport.scrollLeft = contentX * after - x;
    viewport.scrollTop = contentY * after - y;
  }

  /** @param {string} text */
  function showDiagram(text) {
    const parsed = parseSvg(text);
    if (typeof parsed === 'string') {
      showBanner({ title: `The diagram cannot be shown: ${parsed}`, items: [], more: 0 });
      return;
    }
    svg = parsed;
    natural = naturalSize(parsed);
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    canvas.replaceChildren(svg);
    applyZoom();
  }

  /** @param {string} message */
  function clearDiagram(message) {
    svg = null;
    natural = { width: 0, height: 0 };
    const p = document.createElement('p');
    p.id = 'placeholder';
    p.textContent = message;
    canvas.replaceChildren(p);
    applyZoom();
  }

  /**
   * @typedef {{ text: string, line?: number, column?: number, hint?: string }} BannerItem
   * @typedef {{ title: string, items: BannerItem[], more: number }} Banner
   * @param {Banner | null} data
   */
  function showBanner(data) {
    document.body.classList.toggle('has-errors', data !== null);
    if (data === null) {
      banner.hidden = true;
      banner.replaceChildren();
      return;
    }
    const title = document.createElement('div');
    title.className = 'banner-title';
    title.textContent = data.title;
    const list = document.createElement('ul');
    for (const item of data.items) {
      const li = document.createElement('li');
      if (typeof item.line === 'number') {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'link';
        button.textContent = item.text;
        button.title = 'Go to this error';
        const line = item.line;
        const column = typeof item.column === 'number' ? item.column : 1;
        button.addEventListener('click', () => vscode.postMessage({ type: 'reveal', line, column }));
        li.appendChild(button);
      } else {
        li.textContent = item.text;
      }
      if (item.hint) {
        const hint = document.createElement('div');
        hint.className = 'hint';
        hint.textContent = `hint: ${item.hint}`;
        li.appendChild(hint);
      }
      list.appendChild(li);
    }
    if (data.more > 0) {
      const li = document.createElement('li');
      li.className = 'more';
      li.textContent = `…and ${data.more} more`;
      list.appendChild(li);
    }
    banner.replaceChildren(title, list);
    banner.hidden = false;
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    switch (message.type) {
      case 'diagram':
        rememberDocument(message.uri);
        if (typeof message.svg === 'string') showDiagram(message.svg);
        break;
      case 'clear':
        rememberDocument(message.uri);
        clearDiagram(String(message.message || ''));
        break;
      case 'banner':
        showBanner(message.banner || null);
        break;
      case 'busy':
        status.textContent = message.busy ? 'Drawing…' : '';
        break;
    }
  });

  /** @param {string} id @param {() => void} action */
  function onClick(id, action) {
    const element = document.getElementById(id);
    if (element) element.addEventListener('click', action);
  }
  onClick('zoom-in', () => setZoom(currentZoom() * STEP));
  onClick('zoom-out', () => setZoom(currentZoom() / STEP));
  onClick('zoom-fit', () => setZoom(null));
  onClick('zoom-actual', () => setZoom(1));

  viewport.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      setZoom(currentZoom() * Math.pow(STEP, -event.deltaY / 100), event.clientX, event.clientY);
    },
    { passive: false },
  );

  window.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof HTMLButtonElement) return;
    if (event.key === '+' || event.key === '=') setZoom(currentZoom() * STEP);
    else if (event.key === '-') setZoom(currentZoom() / STEP);
    else if (event.key === '0') setZoom(null);
    else if (event.key === '1') setZoom(1);
  });

  new ResizeObserver(() => {
    if (state.zoom === null) applyZoom();
  }).observe(viewport);

  applyZoom();
  vscode.postMessage({ type: 'ready' });
})();
