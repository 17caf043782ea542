#!/usr/bin/env node
// @ts-check
// Generates syntaxes/blueprint.tmLanguage.json from syntaxes/blueprint.tmLanguage.yaml.
//
// The YAML may have a top-level `variables` map, as Sublime Text's syntaxes do: every `{{name}}` in
// a regular expression (match, begin, end, while) or in another variable is replaced by that
// variable's value. A regular expression or variable written as a YAML list of strings is joined
// with nothing between the items, so long expressions can be split over lines. The JSON has no
// variables: it is plain TextMate, as VS Code reads it.
//
//   node scripts/grammar.js          write the JSON
//   node scripts/grammar.js --check  exit 1 if the JSON on disk is not what the YAML generates
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const yaml = require('js-yaml');

const root = path.resolve(__dirname, '..');
const yamlPath = path.join(root, 'syntaxes', 'blueprint.tmLanguage.yaml');
const jsonPath = path.join(root, 'syntaxes', 'blueprint.tmLanguage.json');

const REGEX_KEYS = new Set(['match', 'begin', 'end', 'while']);

// The language's words come from its one table, grammar/vocabulary.hpp, as variables the YAML
// uses: {{vocabulary_words}} (every word that cannot be an id), {{vocabulary_contextual}} (the
// v2 words that are keywords only where they start an item or a clause, ids elsewhere) and
// {{vocabulary_MEANING}} (the words of one meaning: lane, status, dimension, standard_kind,
// severity, actor_kind, reserved).
// A word added to the table is highlighted once the JSON is generated again.
const vocabularyPath = path.join(root, '..', 'grammar', 'vocabulary.hpp');

/** @param {string} text @returns {{ text: string, meaning: string, contextual: boolean }[]} */
function vocabularyRows(text) {
  const table = text.slice(text.indexOf('vocabulary[] = {'), text.indexOf('// clang-format on'));
  return [...table.matchAll(/\{"([^"]+)",\s*Meaning::(\w+)([^\n]*)/g)].map((m) => ({
    text: m[1] ?? '',
    meaning: m[2] ?? '',
    contextual: (m[3] ?? '').includes('place::contextual'),
  }));
}

/** @returns {Record<string, string>} */
function vocabularyVariables() {
  if (!fs.existsSync(vocabularyPath)) throw new Error(`${vocabularyPath} not found: the grammar is generated inside the repository`);
  const rows = vocabularyRows(fs.readFileSync(vocabularyPath, 'utf8'));
  if (rows.length === 0) throw new Error(`${vocabularyPath}: no rows found in the vocabulary table`);
  const notWords = new Set(['comparator', 'arrow', 'duration_unit']);
  /** @type {Record<string, string>} */
  const variables = {
    vocabulary_words: rows.filter((r) => !notWords.has(r.meaning) && !r.contextual).map((r) => r.text).join('|'),
    vocabulary_contextual: rows.filter((r) => r.contextual).map((r) => r.text).join('|'),
  };
  for (const meaning of new Set(rows.map((r) => r.meaning))) {
    variables[`vocabulary_${meaning}`] = rows.filter((r) => r.meaning === meaning).map((r) => r.text).join('|');
  }
  return variables;
}

/** @param {unknown} value @param {string} where */
function joinRegex(value, where) {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('');
  throw new Error(`${where}: a regular expression must be a string or a list of strings`);
}

/**
 * Expands {{name}} in a string, recursively through the variables.
 * @param {string} text @param {Record<string, string>} variables @param {string} where @param {string[]} stack
 * @returns {string}
 */
function expand(text, variables, where, stack = []) {
  return text.replace(/\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g, (_, name) => {
    if (!(name in variables)) throw new Error(`${where}: unknown variable {{${name}}}`);
    if (stack.includes(name)) throw new Error(`${where}: variable {{${name}}} refers to itself`);
    return expand(variables[name], variables, `variable ${name}`, [...stack, name]);
  });
}

/**
 * The grammar object for a YAML text.
 * @param {string} yamlText
 */
function generateGrammar(yamlText) {
  const doc = /** @type {Record<string, unknown>} */ (yaml.load(yamlText));
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('the grammar must be a map');
  /** @type {Record<string, string>} */
  const variables = vocabularyVariables();
  const rawVariables = /** @type {Record<string, unknown>} */ (doc.variables ?? {});
  for (const [name, value] of Object.entries(rawVariables)) variables[name] = joinRegex(value, `variable ${name}`);

  /** @param {unknown} node @param {string} where @returns {unknown} */
  function walk(node, where) {
    if (Array.isArray(node)) return node.map((item, i) => walk(item, `${where}[${i}]`));
    if (node === null || typeof node !== 'object') return node;
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      const here = `${where}.${key}`;
      out[key] = REGEX_KEYS.has(key) ? expand(joinRegex(value, here), variables, here) : walk(value, here);
    }
    return out;
  }

  const { variables: _unused, ...rest } = doc;
  const grammar = /** @type {Record<string, unknown>} */ (walk(rest, 'grammar'));
  return {
    information_for_contributors: [
      'This file is generated from blueprint.tmLanguage.yaml by `npm run grammar`. Do not edit it:',
      'edit the YAML and run `npm run grammar`.',
    ],
    ...grammar,
  };
}

/** The JSON text for a YAML text, as written to disk. @param {string} yamlText */
function generateJson(yamlText) {
  return JSON.stringify(generateGrammar(yamlText), null, 2) + '\n';
}

function main() {
  const expected = generateJson(fs.readFileSync(yamlPath, 'utf8'));
  if (process.argv.includes('--check')) {
    const actual = fs.existsSync(jsonPath) ? fs.readFileSync(jsonPath, 'utf8') : '';
    if (actual !== expected) {
      console.error(`${path.relative(process.cwd(), jsonPath)} is not what the YAML generates: run \`npm run grammar\``);
      process.exit(1);
    }
    console.log(`${path.relative(process.cwd(), jsonPath)} is up to date`);
    return;
  }
  fs.writeFileSync(jsonPath, expected);
  console.log(`wrote ${path.relative(process.cwd(), jsonPath)}`);
}

module.exports = { generateGrammar, generateJson, vocabularyVariables, yamlPath, jsonPath };

if (require.main === module) main();
