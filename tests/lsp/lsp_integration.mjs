// The real `blueprint lsp`, started as VS Code would, driven through vscode-jsonrpc
// (the library VS Code's own language client is built on): every capability the
// server announces, positions in UTF-16 with Chinese and emoji, and the lifecycle.
//
//   node --test lsp_integration.mjs   (BLUEPRINT_BINARY, BLUEPRINT_SOURCE_DIR set by run.sh)

import { spawn, execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync, existsSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import * as rpc from "vscode-jsonrpc/node.js";

const binary = process.env.BLUEPRINT_BINARY;
const source = process.env.BLUEPRINT_SOURCE_DIR;
const examples = path.join(source, "examples");
const cache = mkdtempSync(path.join(tmpdir(), "blueprint-lsp-cache-"));
const uriOf = (p) => "file://" + p.split("/").map(encodeURIComponent).join("/");

// A server process with a connection, and the diagnostics it publishes.
function startServer() {
  const child = spawn(binary, ["lsp"], { env: { ...process.env, XDG_CACHE_HOME: cache } });
  const connection = rpc.createMessageConnection(
    new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin),
  );
  const published = new Map(); // uri -> [params]
  const waiters = [];
  connection.onNotification("textDocument/publishDiagnostics", (params) => {
    if (!published.has(params.uri)) published.set(params.uri, []);
    published.get(params.uri).push(params);
    for (const w of waiters.splice(0)) w();
  });
  connection.listen();
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  // The next diagnostics for `uri` that satisfy `ok`.
  async function diagnostics(uri, ok = () => true) {
    for (;;) {
      const list = published.get(uri) ?? [];
      const found = list.find(ok);
      if (found) {
        published.set(uri, list.slice(list.indexOf(found) + 1));
        return found;
      }
      await new Promise((resolve) => waiters.push(resolve));
    }
  }
  return { child, connection, diagnostics, exited };
}

let server;
const docs = new Map(); // uri -> { text, version }

async function open(uri, text) {
  docs.set(uri, { text, version: 1 });
  server.connection.sendNotification("textDocument/didOpen", {
    textDocument: { uri, languageId: "blueprint", version: 1, text },
  });
  return server.diagnostics(uri, (p) => p.version === 1);
}

// Position of the `nth` occurrence of `needle` (plus `delta`), in UTF-16 units:
// JavaScript strings are UTF-16, so string indices are what the protocol counts.
function positionOf(text, needle, nth = 0, delta = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `\`${needle}\` not found`);
  at += delta;
  const before = text.slice(0, at);
  const line = before.split("\n").length - 1;
  return { line, character: at - (before.lastIndexOf("\n") + 1) };
}

function offsetOf(text, pos) {
  const lines = text.split("\n");
  let offset = 0;
  for (let i = 0; i < pos.line; i++) offset += lines[i].length + 1;
  return offset + pos.character;
}

function textAt(text, range) {
  return text.slice(offsetOf(text, range.start), offsetOf(text, range.end));
}

function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start));
  for (const e of sorted) text = text.slice(0, offsetOf(text, e.range.start)) + e.newText + text.slice(offsetOf(text, e.range.end));
  return text;
}

// Sends edits as an incremental change (each range in the text before it) and
// waits for the diagnostics of the new version.
async function change(uri, edits) {
  const doc = docs.get(uri);
  doc.version += 1;
  const sorted = [...edits].sort((a, b) => offsetOf(doc.text, b.range.start) - offsetOf(doc.text, a.range.start));
  for (const e of sorted) doc.text = applyEdits(doc.text, [e]);
  server.connection.sendNotification("textDocument/didChange", {
    textDocument: { uri, version: doc.version },
    contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
  });
  return server.diagnostics(uri, (p) => p.version === doc.version);
}

const request = (method, params) => server.connection.sendRequest(method, params);
const at = (uri, position) => ({ textDocument: { uri }, position });
const codes = (published) => published.diagnostics.map((d) => d.code);

const coffeeUri = uriOf(path.join(examples, "coffee-bar.blueprint"));
const coffee = readFileSync(path.join(examples, "coffee-bar.blueprint"), "utf8");

before(async () => {
  server = startServer();
  const result = await request("initialize", {
    processId: process.pid,
    rootUri: uriOf(examples),
    capabilities: {},
  });
  server.capabilities = result.capabilities;
  server.connection.sendNotification("initialized", {});
});

after(async () => {
  if (!server.child.exitCode && server.child.exitCode !== 0) {
    await request("shutdown");
    server.connection.sendNotification("exit");
    await server.exited;
  }
});

test("initialize announces every capability, with UTF-16 positions and incremental sync", () => {
  const c = server.capabilities;
  assert.equal(c.positionEncoding, "utf-16");
  assert.equal(c.textDocumentSync.change, 2);
  for (const name of ["hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider",
    "workspaceSymbolProvider", "documentFormattingProvider", "documentHighlightProvider"]) {
    assert.equal(c[name], true, name);
  }
  assert.deepEqual(c.renameProvider, { prepareProvider: true });
  assert.ok(c.completionProvider.triggerCharacters.includes(">"));
  assert.deepEqual(c.codeActionProvider.codeActionKinds, ["quickfix"]);
  assert.equal(c.foldingRangeProvider, true);
  assert.equal(c.experimental.blueprintRender, true);
});

test("diagnostics carry codes, related locations and a link to the check's page", async () => {
  const published = await open(coffeeUri, coffee);
  assert.deepEqual(codes(published).sort(), ["BP204", "BP205"]);
  const wait = published.diagnostics.find((d) => d.code === "BP205");
  assert.equal(wait.severity, 2);
  assert.equal(wait.source, "blueprint");
  assert.equal(textAt(coffee, wait.range), "expected 4min");
  assert.equal(wait.relatedInformation[0].message, "tolerance given here");
  assert.equal(textAt(coffee, wait.relatedInformation[0].location.range), "tolerance 3min");
  const page = decodeURIComponent(new URL(wait.codeDescription.href).pathname);
  assert.ok(existsSync(page), page);
  assert.equal(readFileSync(page, "utf8"), execFileSync(binary, ["explain", "BP205"], { encoding: "utf8" }));
  assert.match(wait.message, /hint: /);
});

test("incremental changes are applied in order and re-checked", async () => {
  const uri = "file:///work/incremental.blueprint";
  const text = 'blueprint "I" {\n  role a "A"\n  stage s "S" {\n    customer c "C" by a\n  }\n}\n';
  assert.deepEqual(codes(await open(uri, text)).includes("BP003"), false);
  // Two changes in one notification: the second's range is in the text after the first.
  const first = { range: { start: positionOf(text, "by a", 0, 3), end: positionOf(text, "by a", 0, 4) }, newText: "nobody" };
  const published = await change(uri, [first]);
  assert.ok(codes(published).includes("BP003"));
  const fixed = await change(uri, [{ range: published.diagnostics.find((d) => d.code === "BP003").range, newText: "a" }]);
  assert.ok(!codes(fixed).includes("BP003"));
  assert.equal(docs.get(uri).text, text);
});

test("hover on a step shows its lane, actor, time, moment, fail points and standards with targets", async () => {
  const hover = await request("textDocument/hover", at(coffeeUri, positionOf(coffee, "customer pay", 0, 10)));
  const md = hover.contents.value;
  assert.equal(hover.contents.kind, "markdown");
  assert.equal(textAt(coffee, hover.range), "pay");
  for (const part of ["**customer action** `pay`", "takes: 30s", "moment of truth", "`ready_on_time`", "target <= 2min for 95%"])
    assert.ok(md.includes(part), part);
  const ticket = (await request("textDocument/hover", at(coffeeUri, positionOf(coffee, "backstage ticket", 0, 11)))).contents.value;
  for (const part of ["**backstage**", "by: system `pos`", "fail point: \"Ticket printer jams", "owner `shift_lead`", "severity high"])
    assert.ok(ticket.includes(part), part);
});

test("hover on a standard shows its definition and the steps that meet it", async () => {
  const md = (await request("textDocument/hover", at(coffeeUri, positionOf(coffee, "meets ready_on_time", 0, 6)))).contents.value;
  for (const part of ["**standard** `ready_on_time`", "dimension: reliability", "kind: hard", "measure:", "owner: `shift_lead`", "met by:", "`pay`"])
    assert.ok(md.includes(part), part);
});

test("go to definition and find references work for every kind of id", async () => {
  const cases = [
    ["meets ready_on_time", 6, "standard ready_on_time"], // a standard
    ["by barista", 3, "role barista"], // an actor after `by`
    ["owner shift_lead\n        severity high", 6, "role shift_lead"], // an actor after `owner`
  ];
  for (const [ref, delta, decl] of cases) {
    const def = await request("textDocument/definition", at(coffeeUri, positionOf(coffee, ref, 0, delta)));
    assert.equal(def.uri, coffeeUri);
    assert.deepEqual(def.range.start, positionOf(coffee, decl, 0, decl.indexOf(" ") + 1), ref);
  }
  // A step named in a flow: the flow's end leads to the step.
  const flowLine = coffee.split("\n").find((l) => l.trim().startsWith("flow "));
  const firstEnd = flowLine.trim().split(/\s+/)[1];
  const def = await request("textDocument/definition", at(coffeeUri, positionOf(coffee, flowLine.trim(), 0, 5)));
  assert.equal(textAt(coffee, def.range), firstEnd);
  const refs = await request("textDocument/references", {
    ...at(coffeeUri, positionOf(coffee, "role shift_lead", 0, 5)),
    context: { includeDeclaration: true },
  });
  assert.ok(refs.length >= 4);
  for (const r of refs) assert.equal(textAt(coffee, r.range), "shift_lead");
  const without = await request("textDocument/references", {
    ...at(coffeeUri, positionOf(coffee, "role shift_lead", 0, 5)),
    context: { includeDeclaration: false },
  });
  assert.equal(without.length, refs.length - 1);
  const highlights = await request("textDocument/documentHighlight", at(coffeeUri, positionOf(coffee, "role shift_lead", 0, 5)));
  assert.equal(highlights.length, refs.length);
  assert.equal(highlights.filter((h) => h.kind === 3).length, 1);
});

test("rename changes every occurrence, and refuses keywords, taken ids and non-ids", async () => {
  const uri = "file:///work/rename.blueprint";
  const text = 'blueprint "R" {\n  role a "A"\n  standard fast "Fast" { target <= 1min owner a }\n' +
    '  stage s "S" {\n    evidence e "E"\n    customer c "C" by a { meets fast }\n    frontstage f "F" by a\n  }\n  flow c -> f\n}\n';
  await open(uri, text);
  const prepared = await request("textDocument/prepareRename", at(uri, positionOf(text, "by a", 0, 3)));
  assert.equal(prepared.placeholder, "a");
  const edit = await request("textDocument/rename", { ...at(uri, positionOf(text, "by a", 0, 3)), newName: "agent" });
  const edits = edit.changes[uri];
  assert.equal(edits.length, 4);
  const renamed = applyEdits(text, edits);
  assert.ok(!/\ba\b/.test(renamed.replace(/"[^"]*"/g, "")));
  assert.equal(codes(await change(uri, edits)).filter((c) => c < "BP100").length, 0);
  for (const [name, message] of [["stage", /keyword/], ["fast", /already declared/], ["2x", /not an id/]]) {
    await assert.rejects(
      request("textDocument/rename", { ...at(uri, positionOf(renamed, "by agent", 0, 3)), newName: name }),
      (e) => message.test(e.message),
    );
  }
  const stepRename = await request("textDocument/rename", { ...at(uri, positionOf(renamed, "flow c", 0, 5)), newName: "visit" });
  assert.equal(stepRename.changes[uri].length, 2); // declaration and the flow's end
});

test("document symbols list stages with their steps; workspace symbols search every blueprint", async () => {
  const symbols = await request("textDocument/documentSymbol", { textDocument: { uri: coffeeUri } });
  const stages = symbols.filter((s) => s.kind === 3);
  assert.ok(stages.length >= 4);
  const order = stages.find((s) => s.name === "order");
  assert.deepEqual(order.children.map((c) => c.name), ["menu", "choose", "pay", "confirm", "ticket", "charge"]);
  assert.equal(textAt(coffee, order.selectionRange), "order");
  assert.ok(symbols.some((s) => s.name === "barista" && s.kind === 5));
  assert.ok(symbols.some((s) => s.name === "ready_on_time" && s.kind === 14));
  // The hotel example is not open: found through the workspace folder.
  const found = await request("workspace/symbol", { query: "check" });
  const uris = new Set(found.map((s) => s.location.uri));
  assert.ok([...uris].some((u) => u.endsWith("hotel-stay.blueprint")), [...uris].join());
  assert.ok(found.every((s) => s.name.toLowerCase().includes("check") || s.kind !== undefined));
});

test("workspace symbols follow a file that changes on disk", async () => {
  const root = mkdtempSync(path.join(tmpdir(), "blueprint-lsp-workspace-"));
  const file = path.join(root, "service.blueprint");
  writeFileSync(file, 'blueprint "W" { stage s "S" { customer alpha_step "A" } }\n');
  const other = startServer();
  await other.connection.sendRequest("initialize", { processId: process.pid, rootUri: uriOf(root), capabilities: {} });
  const names = async (query) =>
    (await other.connection.sendRequest("workspace/symbol", { query })).map((s) => s.name);
  assert.deepEqual(await names("alpha"), ["alpha_step"]);
  writeFileSync(file, 'blueprint "W" { stage s "S" { customer beta_step "B" } }\n');
  utimesSync(file, new Date(), new Date(Date.now() + 5000)); // a new time even on coarse clocks
  assert.deepEqual(await names("alpha"), []);
  assert.deepEqual(await names("beta"), ["beta_step"]);
  await other.connection.sendRequest("shutdown");
  other.connection.sendNotification("exit");
  assert.equal(await other.exited, 0);
  other.connection.dispose();
});

test("libraries: imports read from open documents; a cycle and a duplicate across files located in the editor", async () => {
  const dir = path.join(examples, "dealer-network");
  const visitUri = uriOf(path.join(dir, "maintenance-visit.blueprint"));
  const libraryUri = uriOf(path.join(dir, "shared", "dealer.blueprint"));
  const brandUri = uriOf(path.join(dir, "shared", "brand.blueprint"));
  const visit = readFileSync(path.join(dir, "maintenance-visit.blueprint"), "utf8");
  const library = readFileSync(path.join(dir, "shared", "dealer.blueprint"), "utf8");
  // From the disk: the blueprint is valid, and its roles are the library's.
  assert.deepEqual(codes(await open(visitUri, visit)).filter((c) => c < "BP100"), []);
  const definition = await request("textDocument/definition", at(visitUri, positionOf(visit, "by advisor", 0, 4)));
  assert.equal(definition.uri, libraryUri);
  assert.equal(textAt(library, definition.range), "advisor");
  const references = await request("textDocument/references", {
    ...at(visitUri, positionOf(visit, "by advisor", 0, 4)), context: { includeDeclaration: true } });
  const referenced = new Set(references.map((r) => r.uri));
  assert.ok(referenced.has(libraryUri) && referenced.has(visitUri), [...referenced].join());
  assert.ok([...referenced].some((u) => u.endsWith("warranty-claim.blueprint")), [...referenced].join());
  // The brand's standards reach the blueprint through the dealer library.
  const hover = await request("textDocument/hover", at(visitUri, positionOf(visit, "meets greet_fast", 0, 8)));
  assert.match(hover.contents.value, /from library "Brand standards"/);
  const toBrand = await request("textDocument/definition", at(visitUri, positionOf(visit, "meets greet_fast", 0, 8)));
  assert.equal(toBrand.uri, brandUri);
  // The library, edited in the editor and not saved, imports itself: the blueprint that imports
  // it is checked again and shows the cycle at its own `import`.
  const cyclic = library.replace('  import "brand.blueprint"', '  import "brand.blueprint"\n  import "dealer.blueprint"');
  const inLibrary = await open(libraryUri, cyclic);
  assert.deepEqual(codes(inLibrary), ["BP006"]);
  const again = await server.diagnostics(visitUri, (p) => p.diagnostics.some((d) => d.code === "BP006"));
  const cycle = again.diagnostics.find((d) => d.code === "BP006");
  assert.equal(textAt(visit, cycle.range), 'import "shared/dealer.blueprint"');
  assert.match(cycle.message, /^in `.*dealer\.blueprint`: import cycle: `.*dealer\.blueprint` → `.*dealer\.blueprint`/);
  assert.equal(cycle.relatedInformation[0].location.uri, libraryUri);
  // A role the blueprint declares again: at its own declaration, the library's as related.
  const duplicated = await change(visitUri, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } },
    newText: '  role advisor "Our advisor"\n' }]);
  const duplicate = duplicated.diagnostics.find((d) => d.code === "BP002");
  assert.match(duplicate.message, /`advisor` is declared here and in `.*shared\/dealer\.blueprint`/);
  assert.equal(duplicate.range.start.line, 4);
  assert.equal(duplicate.relatedInformation[0].location.uri, libraryUri);
});

test("completion offers keywords valid at the cursor and ids where ids go", async () => {
  const uri = "file:///work/complete.blueprint";
  const text = 'blueprint "C" {\n  role barista "Barista"\n  standard fast "Fast" { target <= 1min }\n' +
    '  stage s "S" {\n    customer c "C" {\n      fail "F" {\n        owner \n      }\n      meets \n      \n    }\n' +
    '    frontstage f "F" by \n    \n  }\n  flow c -> \n  status \n  \n}\n';
  await open(uri, text);
  const labels = async (pos) => (await request("textDocument/completion", at(uri, pos))).map((i) => i.label);
  assert.deepEqual(await labels(positionOf(text, "flow c -> ", 0, 10)), ["c", "f"]);
  assert.deepEqual(await labels(positionOf(text, '"F" by ', 0, 7)), ["barista"]);
  assert.deepEqual(await labels(positionOf(text, "owner \n", 0, 6)), ["barista"]);
  assert.deepEqual(await labels(positionOf(text, "meets \n", 0, 6)), ["fast"]);
  assert.deepEqual(await labels(positionOf(text, "status \n", 0, 7)), ["draft", "review", "approved"]);
  const inStep = await labels(positionOf(text, "meets \n      \n", 0, 13));
  for (const k of ["moment", "fail", "wait", "meets", "feeling", "allow"]) assert.ok(inStep.includes(k), k);
  assert.ok(!inStep.includes("stage"));
  const inStage = await labels(positionOf(text, '"F" by \n    \n', 0, 12));
  for (const k of ["evidence", "customer", "frontstage", "backstage", "support", "budget"]) assert.ok(inStage.includes(k), k);
  const inBlueprint = await labels(positionOf(text, "status \n  \n", 0, 10));
  for (const k of ["stage", "flow", "standard", "role", "system", "partner"]) assert.ok(inBlueprint.includes(k), k);
  // Check names after `allow`, with their codes.
  const allowText = 'blueprint "A" {\n  allow \n  stage s "S" { customer c "C" }\n}\n';
  const allowUri = "file:///work/allow.blueprint";
  await open(allowUri, allowText);
  const items = await request("textDocument/completion", at(allowUri, positionOf(allowText, "allow ", 0, 6)));
  assert.ok(items.some((i) => i.label === "missing-recovery" && i.detail.startsWith("BP201")));
  assert.ok(!items.some((i) => i.label === "syntax")); // errors cannot be allowed
  // Nothing inside a string or a comment.
  assert.deepEqual(await labels(positionOf(text, '"Barista"', 0, 3)), []);
});

test("formatting returns the canonical layout, the same as `blueprint fmt`", async () => {
  const uri = "file:///work/format.blueprint";
  const text = 'blueprint "F"{ # keep me\nstage s "S"{customer c "C" takes 30s{feeling +1}\nfrontstage f "F"}\nflow c->f}';
  await open(uri, text);
  const edits = await request("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
  const formatted = applyEdits(text, edits);
  assert.equal(formatted, execFileSync(binary, ["fmt", "-"], { input: text, encoding: "utf8" }));
  assert.match(formatted, /# keep me/);
});

test("code actions: the suggested id for a misspelling, a recovery block, and allow", async () => {
  const uri = "file:///work/actions.blueprint";
  const text = 'blueprint "Q" {\n  role lead "Lead"\n  standard fast "Fast" { target <= 1min owner lead }\n' +
    '  stage s "S" {\n    evidence e "E"\n    customer c "C" { meets fsat }\n' +
    '    frontstage f "F" by lead {\n      fail "Breaks" { owner lead }\n    }\n  }\n  flow c -> f\n}\n';
  const published = await open(uri, text);
  const misspelt = published.diagnostics.find((d) => d.code === "BP003");
  assert.equal(misspelt.data.replacement, "fast");
  const fixes = await request("textDocument/codeAction", { textDocument: { uri }, range: misspelt.range, context: { diagnostics: [misspelt] } });
  const replace = fixes.find((a) => a.title === "Replace with `fast`");
  assert.equal(replace.kind, "quickfix");
  assert.equal(replace.isPreferred, true);
  const afterReplace = await change(uri, replace.edit.changes[uri]);
  assert.ok(!codes(afterReplace).includes("BP003"));
  assert.ok(codes(afterReplace).includes("BP201"));

  const missing = afterReplace.diagnostics.find((d) => d.code === "BP201");
  const actions = await request("textDocument/codeAction", { textDocument: { uri }, range: missing.range, context: { diagnostics: [missing] } });
  const recovery = actions.find((a) => a.title.startsWith("Add a recovery"));
  const afterRecovery = await change(uri, recovery.edit.changes[uri]);
  assert.ok(!codes(afterRecovery).includes("BP201"));
  assert.match(docs.get(uri).text, /recovery "What staff do to put it right"/);

  const other = afterRecovery.diagnostics.find((d) => d.severity !== 1);
  const allowActions = await request("textDocument/codeAction", { textDocument: { uri }, range: other.range, context: { diagnostics: [other] } });
  const allow = allowActions.find((a) => a.title.startsWith(`Allow \`${other.data.name}\``));
  assert.ok(allow, JSON.stringify(allowActions));
  const afterAllow = await change(uri, allow.edit.changes[uri]);
  assert.equal(afterAllow.diagnostics.filter((d) => d.code === other.code && d.range.start.line === other.range.start.line).length, 0);
  assert.equal(afterAllow.diagnostics.filter((d) => d.severity === 1).length, 0, JSON.stringify(afterAllow.diagnostics));
});

test("positions are UTF-16: Chinese ids and emoji labels", async () => {
  const zhPath = path.join(examples, "clinic-visit-zh.blueprint");
  const zh = readFileSync(zhPath, "utf8");
  const zhUri = uriOf(zhPath);
  await open(zhUri, zh);
  const ref = "by 导医";
  const hover = await request("textDocument/hover", at(zhUri, positionOf(zh, ref, 0, 4)));
  assert.equal(textAt(zh, hover.range), "导医");
  const def = await request("textDocument/definition", at(zhUri, positionOf(zh, ref, 0, 3)));
  assert.equal(textAt(zh, def.range), "导医");

  const uri = "file:///work/emoji.blueprint";
  const text = 'blueprint "E" {\n  role a "A"\n  stage s "S" {\n    customer c "😀 Pay 💳" by a { meets nope }\n  }\n}\n';
  const published = await open(uri, text);
  const unknown = published.diagnostics.find((d) => d.code === "BP003");
  assert.equal(textAt(text, unknown.range), "nope");
  assert.equal(unknown.range.start.character, text.split("\n")[3].indexOf("nope")); // emoji count two units each
  const hover2 = await request("textDocument/hover", at(uri, positionOf(text, "by a", 0, 3)));
  assert.equal(textAt(text, hover2.range), "a");
  // An incremental edit after the emoji, given in UTF-16 units.
  const fixed = await change(uri, [{ range: unknown.range, newText: "" }, { range: { start: positionOf(text, "meets nope", 0, 0), end: positionOf(text, "meets nope", 0, 6) }, newText: "" }]);
  assert.ok(!codes(fixed).includes("BP003"));
  assert.equal(docs.get(uri).text, text.replace("meets nope", ""));
});

test("a malformed message gets an error and the server goes on", async () => {
  await assert.rejects(request("textDocument/hover", { textDocument: { uri: "file:///not/open" }, position: { line: 0, character: 0 } }), /not open/);
  await assert.rejects(request("textDocument/hover", { textDocument: { uri: coffeeUri } }), (e) => e.code === -32602);
  await assert.rejects(request("no/such/method", {}), (e) => e.code === -32601);
  const hover = await request("textDocument/hover", at(coffeeUri, positionOf(coffee, "customer pay", 0, 10)));
  assert.ok(hover.contents.value.includes("`pay`"));
});

test("folding ranges: the blueprint, stages, steps with blocks, fail blocks and comment runs", async () => {
  const uri = "file:///work/fold.blueprint";
  const text = '# one\n# two\nblueprint "F" {\n  stage s "S" {\n    customer c "C" {\n      fail "X" {\n' +
    '        recovery "R"\n      }\n    }\n  }\n}\n';
  await open(uri, text);
  const folds = await request("textDocument/foldingRange", { textDocument: { uri } });
  assert.deepEqual(folds, [
    { startLine: 0, endLine: 1, kind: "comment" },
    { startLine: 2, endLine: 9 },
    { startLine: 3, endLine: 8 },
    { startLine: 4, endLine: 7 },
    { startLine: 5, endLine: 6 },
  ]);
  const coffeeFolds = await request("textDocument/foldingRange", { textDocument: { uri: coffeeUri } });
  const stageLine = positionOf(coffee, 'stage order').line;
  assert.ok(coffeeFolds.some((f) => f.startLine === stageLine), JSON.stringify(coffeeFolds));
});

test("blueprint/render: the SVG of the open text, or none with the published diagnostics", async () => {
  const drawn = await request("blueprint/render", { textDocument: { uri: coffeeUri }, highlightFindings: true });
  assert.match(drawn.svg, /<svg[\s>]/);
  assert.equal(drawn.version, 1);
  assert.deepEqual(drawn.diagnostics.map((d) => d.code).sort(), ["BP204", "BP205"]);
  const plain = await request("blueprint/render", { textDocument: { uri: coffeeUri } });
  assert.equal(plain.svg, execFileSync(binary, ["render", "-", "--format", "svg", "-o", "-"], { input: coffee, encoding: "utf8" }));

  const uri = "file:///work/render.blueprint";
  const text = 'blueprint "R" {\n  stage s "S" { customer a "A" takes 5 min }\n}\n';
  const published = await open(uri, text);
  const broken = await request("blueprint/render", { textDocument: { uri } });
  assert.equal(broken.svg, null);
  assert.deepEqual(broken.diagnostics, published.diagnostics);
  assert.ok(broken.diagnostics.some((d) => d.severity === 1));
  await assert.rejects(request("blueprint/render", { textDocument: { uri: "file:///not/open" } }), (e) => e.code === -32602);
});

// Raw frames to a server of its own: what vscode-jsonrpc would never send.
test("every JSON-RPC error class is answered, and the server still serves after each", async () => {
  const child = spawn(binary, ["lsp"], { env: { ...process.env, XDG_CACHE_HOME: cache } });
  let buffer = Buffer.alloc(0);
  const received = [];
  let wake = () => {};
  child.stdout.on("data", (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf("\r\n\r\n");
      if (end < 0) break;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
      if (buffer.length < end + 4 + length) break;
      received.push(JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString("utf8")));
      buffer = buffer.subarray(end + 4 + length);
    }
    wake();
  });
  const send = (body) => child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  const answerTo = async (id) => {
    for (;;) {
      const found = received.find((m) => m.id === id && ("result" in m || "error" in m));
      if (found) return found;
      await new Promise((resolve) => (wake = resolve));
    }
  };
  let nextId = 100;
  // The message under test, then a good hover: its answer must come, after the error's.
  const probe = async (body) => {
    const before = received.length;
    send(body);
    const id = nextId++;
    send(JSON.stringify({ jsonrpc: "2.0", id, method: "textDocument/hover", params: at(coffeeUri, positionOf(coffee, "customer pay", 0, 10)) }));
    const hover = await answerTo(id);
    assert.ok(hover.result.contents.value.includes("`pay`"), body);
    return received.slice(before).filter((m) => m !== hover && "error" in m);
  };
  send(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { capabilities: {} } }));
  await answerTo(1);
  send(JSON.stringify({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri: coffeeUri, languageId: "blueprint", version: 1, text: coffee } } }));

  const nullId = [
    ['{"jsonrpc":"2.0","id":2,"method":', -32700],
    ['{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"position":{"line":1e400}}}', -32700],
    ['['.repeat(100000) + ']'.repeat(100000), -32600],
    ['{"jsonrpc":"2.0","method":5}', -32600],
    ['{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}', -32600],
    ['{"jsonrpc":"2.0","id":1.5,"method":"shutdown"}', -32600],
    ['"just a string"', -32600],
    ['[{"jsonrpc":"2.0","id":3,"method":"shutdown"}]', -32600],
  ];
  for (const [body, code] of nullId) {
    const errors = await probe(body);
    assert.deepEqual(errors.map((e) => [e.id, e.error.code]), [[null, code]], body);
  }
  const hover = (position) => ({ textDocument: { uri: coffeeUri }, position });
  const withId = [
    ["no/such/method", {}, -32601],
    ["textDocument/hover", hover({ line: "0", character: 0 }), -32602],
    ["textDocument/hover", hover({ line: 1e30, character: 0 }), -32602],
    ["textDocument/hover", hover({ line: 99999, character: 0 }), -32602],
    ["textDocument/hover", hover({ line: -1, character: 0 }), -32602],
    ["textDocument/hover", null, -32602],
    ["textDocument/codeAction", { textDocument: { uri: coffeeUri }, range: {} }, -32602],
  ];
  for (const [method, params, code] of withId) {
    const id = nextId++;
    const errors = await probe(JSON.stringify({ jsonrpc: "2.0", id, method, params }));
    assert.deepEqual(errors.map((e) => [e.id, e.error.code]), [[id, code]], `${method} ${JSON.stringify(params)}`);
  }
  // A change with `"range": {}` is dropped: the document is as it was.
  assert.deepEqual(await probe(JSON.stringify({ jsonrpc: "2.0", method: "textDocument/didChange", params: {
    textDocument: { uri: coffeeUri, version: 2 }, contentChanges: [{ range: {}, text: "junk" }] } })), []);
  const id = nextId++;
  send(JSON.stringify({ jsonrpc: "2.0", id, method: "blueprint/render", params: { textDocument: { uri: coffeeUri } } }));
  assert.equal((await answerTo(id)).result.version, 1);

  send(JSON.stringify({ jsonrpc: "2.0", id: 4, method: "shutdown" }));
  await answerTo(4);
  send(JSON.stringify({ jsonrpc: "2.0", method: "exit" }));
  assert.equal(await new Promise((resolve) => child.on("exit", resolve)), 0);
});

test("closing a document clears its diagnostics", async () => {
  const uri = "file:///work/close.blueprint";
  await open(uri, 'blueprint "X" { stage s "S" { customer c "C" by nobody } }\n');
  server.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  const cleared = await server.diagnostics(uri, (p) => p.diagnostics.length === 0);
  assert.deepEqual(cleared.diagnostics, []);
});

test("shutdown then exit ends the server with status 0; requests after shutdown are refused", async () => {
  assert.equal(await request("shutdown"), null);
  await assert.rejects(request("textDocument/hover", at(coffeeUri, { line: 0, character: 0 })), (e) => e.code === -32600);
  server.connection.sendNotification("exit");
  assert.equal(await server.exited, 0);
});

test("exit without shutdown ends with status 1; requests before initialize are refused", async () => {
  const other = startServer();
  await assert.rejects(
    other.connection.sendRequest("textDocument/hover", at(coffeeUri, { line: 0, character: 0 })),
    (e) => e.code === -32002,
  );
  other.connection.sendNotification("exit");
  assert.equal(await other.exited, 1);
  other.connection.dispose();
});
