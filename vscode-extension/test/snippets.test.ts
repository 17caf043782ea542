// Every snippet, with its placeholders filled with their defaults (and each choice of each choice
// placeholder in turn), is a valid blueprint: `blueprint check` finds no error.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { runProcess } from '../src/runner';
import { readJson, requireBlueprint, ROOT } from './helpers/env';
import { expandSnippet, choicePlaceholders } from './helpers/snippet';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
  isFileTemplate?: boolean;
}

const snippets = readJson<Record<string, Snippet>>(path.join(ROOT, 'snippets', 'blueprint.json'));

// Where each snippet goes in a blueprint. {{snippet}} is replaced by the expanded body.
const HARNESS = `blueprint "Snippet test" {
  role actor "Actor"
  {{top}}
  stage harness_stage "Harness" {
    evidence harness_evidence "Evidence"
    customer from_step "From" {
      {{customer-step}}
    }
    frontstage to_step "To" by actor {
      {{frontstage-step}}
    }
    {{stage}}
  }
  flow from_step -> to_step
}
`;

type Slot = 'file' | 'top' | 'stage' | 'customer-step' | 'frontstage-step';

const SLOTS: Record<string, { slot: Slot; declarations?: string }> = {
  Blueprint: { slot: 'file' },
  Library: { slot: 'file' },
  Stage: { slot: 'top' },
  'Evidence step': { slot: 'stage' },
  'Customer step': { slot: 'stage' },
  'Frontstage step': { slot: 'stage' },
  'Backstage step': { slot: 'stage' },
  'Support step': { slot: 'stage' },
  Flow: { slot: 'top' },
  'Fail point': { slot: 'frontstage-step' },
  'Fail point in depth': { slot: 'frontstage-step' },
  'Pain point': { slot: 'customer-step' },
  Idea: { slot: 'customer-step' },
  'Wait point': { slot: 'customer-step' },
  Standard: { slot: 'top' },
  'Moment of truth': { slot: 'frontstage-step', declarations: 'standard standard_id "A standard" {}' },
  Role: { slot: 'top' },
  System: { slot: 'top' },
  Partner: { slot: 'top' },
  Allow: { slot: 'top' },
  Persona: { slot: 'top' },
  Channel: { slot: 'top' },
  Decision: { slot: 'stage' },
  'End of a journey': { slot: 'stage' },
  Promise: { slot: 'top' },
};

function inHarness(name: string, expanded: string): string {
  const { slot, declarations } = SLOTS[name]!;
  if (slot === 'file') return expanded;
  let text = HARNESS.replace(`{{${slot}}}`, expanded.replace(/\n/g, '\n    '));
  text = text.replace('{{top}}', declarations ?? '');
  return text.replace(/\{\{[a-z-]+\}\}/g, '');
}

describe('snippets', () => {
  let program: string;
  before(() => {
    program = requireBlueprint();
  });

  it('each has a place in the test harness (add new snippets to SLOTS)', () => {
    assert.deepEqual(Object.keys(snippets).sort(), Object.keys(SLOTS).sort());
  });

  it('cover the blueprint skeleton, stage, a step of each lane, flow, fail point, wait, standard and moment', () => {
    const prefixes = Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
    for (const p of ['blueprint', 'stage', 'evidence', 'customer', 'frontstage', 'backstage', 'support', 'flow', 'fail', 'wait', 'standard', 'moment']) {
      assert.ok(prefixes.includes(p), p);
    }
    assert.equal(snippets['Blueprint']?.isFileTemplate, true);
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    it(`${name}: every filling passes blueprint check without errors`, async () => {
      const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
      const fillings: Map<number, string>[] = [new Map()];
      for (const [index, options] of choicePlaceholders(body)) {
        for (const option of options.slice(1)) fillings.push(new Map([[index, option]]));
      }
      for (const choices of fillings) {
        const expanded = expandSnippet(body, choices);
        assert.doesNotMatch(expanded, /\$|\\[{}$]/, `unexpanded syntax in:\n${expanded}`);
        const text = inHarness(name, expanded);
        const result = await runProcess(program, ['check', '--format', 'json', '-'], { stdin: text, timeoutMs: 30_000 }).result;
        assert.equal(result.spawnError, undefined);
        const report = JSON.parse(result.stdout.toString('utf8')) as {
          diagnostics: { severity: string; line: number; column: number; message: string }[];
        };
        const errors = report.diagnostics.filter((d) => d.severity === 'error');
        assert.deepEqual(errors, [], `${name} with ${JSON.stringify([...choices])}:\n${text}`);
        assert.equal(result.code, 0, result.stderr);
      }
    });
  }
});
