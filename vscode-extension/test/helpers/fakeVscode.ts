// A stand-in for the `vscode` module, enough to load dist/extension.js in plain Node, activate it,
// run its commands and watch what it shows. Members the extension does not use are stubs that
// accept anything (vscode-languageclient touches some at load time).

import * as fs from 'node:fs';
import Module = require('node:module');
import * as path from 'node:path';

type Listener<T> = (event: T) => unknown;

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  event = (listener: Listener<T>, thisArg?: unknown): { dispose(): void } => {
    const bound: Listener<T> = thisArg === undefined ? listener : listener.bind(thisArg);
    this.listeners.push(bound);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== bound)) };
  };
  fire(event: T): void {
    for (const listener of [...this.listeners]) listener(event);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly fsPath: string,
  ) {}
  static file(p: string): Uri {
    return new Uri('file', path.resolve(p));
  }
  static parse(text: string): Uri {
    return text.startsWith('file://') ? Uri.file(text.slice(7)) : new Uri(text.split(':')[0] ?? 'untitled', text);
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    return new Uri(base.scheme, path.join(base.fsPath, ...segments));
  }
  get path(): string {
    return this.fsPath;
  }
  toString(): string {
    return `${this.scheme}://${this.fsPath}`;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}
export class Range {
  constructor(
    readonly start: Position,
    readonly end: Position,
  ) {}
}
export class FoldingRange {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly kind?: number,
  ) {}
}

/** A text document whose text the test changes. */
export class FakeDocument {
  version = 1;
  isDirty = false;
  isUntitled = false;
  readonly languageId = 'blueprint';
  constructor(
    readonly uri: Uri,
    private text: string,
  ) {}
  get fileName(): string {
    return this.uri.fsPath;
  }
  getText(): string {
    return this.text;
  }
  setText(text: string): void {
    this.text = text;
    this.version++;
    this.isDirty = true;
  }
  validatePosition(position: Position): Position {
    return position;
  }
  get lineCount(): number {
    return this.text.split('\n').length;
  }
  lineAt(line: number): { text: string } {
    return { text: this.text.split(/\r?\n/)[line] ?? '' };
  }
}

export interface ShownMessage {
  level: 'error' | 'warning' | 'info';
  text: string;
  items: string[];
}

export interface FakePanel {
  html: string;
  title: string;
  messages: unknown[];
  receive(message: unknown): void;
  dispose(): void;
}

/** A stub that accepts any use: call, construct, read any member. */
function anything(name: string): unknown {
  const cache = new Map<PropertyKey, unknown>();
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get(_t, key) {
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => name;
      if (key === 'prototype') return {};
      if (!cache.has(key)) cache.set(key, anything(`${name}.${String(key)}`));
      return cache.get(key);
    },
    apply: () => anything(`${name}()`),
    construct: () => anything(`new ${name}`) as object,
  });
}

export function createFakeVscode() {
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const shown: ShownMessage[] = [];
  const executed: unknown[][] = [];
  const config = new Map<string, unknown>();
  const panels: FakePanel[] = [];
  const outputs = new Map<string, string[]>();
  /** What the next message with buttons answers, by the start of its text. */
  const answers: { match: RegExp; answer: string | undefined }[] = [];
  let saveDialogAnswer: Uri | undefined;
  const revealed: { document: FakeDocument; selection: Range | undefined }[] = [];
  const serializers = new Map<string, { deserializeWebviewPanel(panel: unknown, state: unknown): Promise<void> }>();
  let quickPickAnswer: (items: { label: string }[]) => unknown = () => undefined;

  const onDidChangeConfiguration = new EventEmitter<{ affectsConfiguration(section: string): boolean }>();
  const onDidChangeTextDocument = new EventEmitter<{ document: FakeDocument; contentChanges: unknown[]; reason?: number }>();
  const onDidOpenTextDocument = new EventEmitter<FakeDocument>();
  /** The documents open in the editor, which the language client syncs with the server. */
  const textDocuments: FakeDocument[] = [];
  const openDocument = (document: FakeDocument): FakeDocument => {
    const open = textDocuments.find((d) => d.uri.toString() === document.uri.toString());
    if (open) return open;
    textDocuments.push(document);
    onDidOpenTextDocument.fire(document);
    return document;
  };
  const onDidChangeActiveTextEditor = new EventEmitter<unknown>();
  const disposable = { dispose() {} };

  function show(level: ShownMessage['level']) {
    return async (text: string, ...items: unknown[]) => {
      const labels = items.filter((i): i is string => typeof i === 'string');
      shown.push({ level, text, items: labels });
      return answers.find((a) => a.match.test(text))?.answer;
    };
  }

  const window = {
    activeTextEditor: undefined as undefined | { document: FakeDocument; viewColumn: number },
    visibleTextEditors: [] as { document: FakeDocument; viewColumn: number }[],
    createOutputChannel(name: string) {
      const lines: string[] = [];
      outputs.set(name, lines);
      return { name, appendLine: (l: string) => lines.push(l), append: (l: string) => lines.push(l), show() {}, hide() {}, clear() {}, dispose() {}, replace() {} };
    },
    showErrorMessage: show('error'),
    registerWebviewPanelSerializer(viewType: string, serializer: { deserializeWebviewPanel(panel: unknown, state: unknown): Promise<void> }) {
      serializers.set(viewType, serializer);
      return { dispose: () => serializers.delete(viewType) };
    },
    showWarningMessage: show('warning'),
    showInformationMessage: show('info'),
    onDidChangeActiveTextEditor: onDidChangeActiveTextEditor.event,
    async showSaveDialog() {
      return saveDialogAnswer;
    },
    async showQuickPick(items: { label: string }[]) {
      return quickPickAnswer(items);
    },
    async withProgress<R>(_options: unknown, task: (progress: unknown, token: unknown) => Promise<R>): Promise<R> {
      return task({ report() {} }, { isCancellationRequested: false, onCancellationRequested: () => disposable });
    },
    async showTextDocument(document: FakeDocument, options?: { selection?: Range }) {
      revealed.push({ document, selection: options?.selection });
      return { document, revealRange() {} };
    },
    createWebviewPanel(viewType: string, title: string) {
      const received = new EventEmitter<unknown>();
      const disposed = new EventEmitter<void>();
      const panel: FakePanel & Record<string, unknown> = {
        viewType,
        title,
        html: '',
        messages: [],
        active: false,
        viewColumn: 2,
        iconPath: undefined,
        receive: (message: unknown) => received.fire(message),
        reveal() {},
        onDidDispose: disposed.event,
        dispose: () => disposed.fire(),
        webview: {
          options: {},
          cspSource: 'vscode-webview://fake',
          set html(value: string) {
            panel.html = value;
          },
          get html() {
            return panel.html;
          },
          postMessage: async (message: unknown) => {
            panel.messages.push(message);
            return true;
          },
          onDidReceiveMessage: received.event,
          asWebviewUri: (uri: Uri) => `vscode-webview://fake${uri.fsPath}`,
        },
      };
      panels.push(panel);
      return panel;
    },
  };

  const workspace = {
    workspaceFolders: undefined,
    getConfiguration: (section?: string) => ({
      get: (key: string, fallback?: unknown) => {
        const full = section ? `${section}.${key}` : key;
        return config.has(full) ? config.get(full) : fallback;
      },
      has: (key: string) => config.has(section ? `${section}.${key}` : key),
    }),
    onDidChangeConfiguration: onDidChangeConfiguration.event,
    onDidChangeTextDocument: onDidChangeTextDocument.event,
    onDidOpenTextDocument: onDidOpenTextDocument.event,
    get textDocuments() {
      return textDocuments;
    },
    onDidGrantWorkspaceTrust: () => disposable,
    createFileSystemWatcher: () => ({ ...disposable, onDidCreate: () => disposable, onDidChange: () => disposable, onDidDelete: () => disposable }),
    openTextDocument: async (uri: Uri) => {
      if (!fs.existsSync(uri.fsPath)) throw new Error(`cannot open ${uri.fsPath}`);
      return openDocument(new FakeDocument(uri, fs.readFileSync(uri.fsPath, 'utf8')));
    },
  };

  const base: Record<string, unknown> = {
    version: '1.90.0',
    Uri,
    Position,
    Range,
    FoldingRange,
    EventEmitter,
    Disposable: class {
      constructor(private readonly fn: () => void) {}
      dispose() {
        this.fn();
      }
      static from() {
        return disposable;
      }
    },
    FoldingRangeKind: { Comment: 1, Imports: 2, Region: 3 },
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    TextEditorRevealType: { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 },
    window,
    workspace,
    commands: {
      registerCommand(id: string, fn: (...args: unknown[]) => unknown) {
        if (commands.has(id)) throw new Error(`command ${id} registered twice`);
        commands.set(id, fn);
        return { dispose: () => commands.delete(id) };
      },
      async executeCommand(id: string, ...args: unknown[]) {
        executed.push([id, ...args]);
        return commands.get(id)?.(...args);
      },
    },
    languages: {
      /** The language client's test of its document selector: a language and scheme to match. */
      match(selector: unknown, document: FakeDocument) {
        const filters = (Array.isArray(selector) ? selector : [selector]) as { language?: string; scheme?: string }[];
        const hit = filters.some(
          (f) => (f.language === undefined || f.language === document.languageId) && (f.scheme === undefined || f.scheme === document.uri.scheme),
        );
        return hit ? 10 : 0;
      },
    },
    env: { openExternal: async () => true },
  };
  // Unknown members, here and in each namespace, are stubs that accept anything.
  const withStubs = <T extends object>(target: T, name: string): T =>
    new Proxy(target, {
      get: (t, key: string) => {
        const record = t as Record<string, unknown>;
        if (!(key in record)) record[key] = anything(`${name}.${key}`);
        return record[key];
      },
    });
  for (const namespace of ['window', 'workspace', 'commands', 'languages', 'env']) {
    base[namespace] = withStubs(base[namespace] as object, `vscode.${namespace}`);
  }
  const vscode = withStubs(base, 'vscode');

  return {
    vscode,
    commands,
    /** Runs a registered command, as the command palette would. */
    execute: async (id: string, ...args: unknown[]): Promise<unknown> => {
      const command = commands.get(id);
      if (!command) throw new Error(`command ${id} is not registered`);
      return command(...args);
    },
    shown,
    executed,
    config,
    panels,
    serializers,
    revealed,
    outputs,
    answers,
    window,
    setSaveDialogAnswer: (uri: Uri | undefined) => (saveDialogAnswer = uri),
    setQuickPickAnswer: (pick: (items: { label: string }[]) => unknown) => (quickPickAnswer = pick),
    changeConfiguration: (section: string) => onDidChangeConfiguration.fire({ affectsConfiguration: (s) => section.startsWith(s) || s.startsWith(section) }),
    /** Replaces the whole text, as one change over the old text's range. */
    changeDocument: (document: FakeDocument, text: string) => {
      const old = document.getText();
      const lines = old.split('\n');
      const end = new Position(lines.length - 1, lines[lines.length - 1]!.length);
      document.setText(text);
      onDidChangeTextDocument.fire({
        document,
        contentChanges: [{ range: new Range(new Position(0, 0), end), rangeOffset: 0, rangeLength: old.length, text }],
      });
    },
    setActiveEditor: (document: FakeDocument | undefined) => {
      if (document) openDocument(document);
      window.activeTextEditor = document ? { document, viewColumn: 1 } : undefined;
      window.visibleTextEditors = document ? [{ document, viewColumn: 1 }] : [];
      onDidChangeActiveTextEditor.fire(window.activeTextEditor);
    },
  };
}

export type FakeVscode = ReturnType<typeof createFakeVscode>;

/** Loads dist/extension.js afresh with `vscode` resolved to the fake. */
export function loadExtension(root: string, fake: FakeVscode): { activate(context: unknown): Promise<void>; deactivate(): Promise<void> } {
  const bundle = path.join(root, 'dist', 'extension.js');
  const moduleApi = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = moduleApi._load;
  moduleApi._load = function (request: string, ...rest: unknown[]) {
    if (request === 'vscode') return fake.vscode;
    return originalLoad.call(this, request, ...rest);
  };
  try {
    delete require.cache[require.resolve(bundle)];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(bundle);
  } finally {
    moduleApi._load = originalLoad;
  }
}

export function fakeContext(root: string) {
  const subscriptions: { dispose(): unknown }[] = [];
  return {
    subscriptions,
    extensionUri: Uri.file(root),
    extensionPath: root,
    dispose: async () => {
      for (const s of subscriptions.reverse()) await s.dispose();
    },
  };
}
