// The ids of the commands the extension contributes (package.json `contributes.commands`).
// No `vscode` import: the manifest test reads this module in plain Node.

export const COMMANDS = {
  restartServer: 'blueprint.restartServer',
  showPreviewToSide: 'blueprint.showPreviewToSide',
  exportSvg: 'blueprint.exportSvg',
  exportPng: 'blueprint.exportPng',
  exportPdf: 'blueprint.exportPdf',
  exportChecklist: 'blueprint.exportChecklist',
  exportReport: 'blueprint.exportReport',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

export const LANGUAGE_ID = 'blueprint';
export const PREVIEW_VIEW_TYPE = 'blueprint.preview';

export const SETTINGS = {
  serverPath: 'blueprint.server.path',
  debounceMs: 'blueprint.preview.debounceMs',
  traceServer: 'blueprint.trace.server',
} as const;
