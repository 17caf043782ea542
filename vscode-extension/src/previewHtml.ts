// The preview webview's page. No `vscode` import, so its Content-Security-Policy is unit tested.
//
// The diagram is SVG from our own compiler, with every text XML-escaped, but it is still treated
// as untrusted: the page runs only its own script (by nonce), loads only its own style sheet and
// script from the extension, and nothing else (no images, fonts, frames, connections or forms).
// The script also strips anything active from the SVG before it puts it in the page.

import { randomBytes } from 'node:crypto';

export function makeNonce(): string {
  return randomBytes(18).toString('base64').replace(/[+/=]/g, '');
}

/** Escapes text for the page's elements and double-quoted attributes (the only kind it has). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export interface PreviewPageOptions {
  /** The webview's `cspSource`: the origin of the extension's own files. */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
  title: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function previewPage(options: PreviewPageOptions): string {
  const csp = contentSecurityPolicy(options.cspSource, options.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">
<title>${escapeHtml(options.title)}</title>
</head>
<body>
<div id="toolbar" role="toolbar" aria-label="Zoom">
  <button type="button" id="zoom-out" title="Zoom out (-)" aria-label="Zoom out">−</button>
  <span id="zoom-level" aria-live="polite">Fit</span>
  <button type="button" id="zoom-in" title="Zoom in (+)" aria-label="Zoom in">+</button>
  <button type="button" id="zoom-fit" title="Fit the diagram in the window (0)">Fit</button>
  <button type="button" id="zoom-actual" title="Actual size (1)">100%</button>
  <span id="status" aria-live="polite"></span>
</div>
<div id="banner" role="alert" hidden></div>
<div id="viewport" tabindex="0" aria-label="Diagram">
  <div id="canvas"><p id="placeholder">Drawing the diagram…</p></div>
</div>
<script nonce="${escapeHtml(options.nonce)}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>
`;
}
