// Rollup plugin: compact translation tables. In runtime mode @lit/localize finds a
// translation by an id it hashes from the English text ('s0bc7339ce7a78937'): sixteen hex
// digits per text that gzip cannot shrink, and a hash of each text on its first render.
// Here the build gives every msg() call a small number in place of its options
// (`msg('Done', 12)`), each locale's table becomes an array indexed by it, and the runtime
// looks the number up instead of hashing. The sources, `lit-localize extract` and the XLIFF
// keep the hashes; only built files carry the numbers.
//
// With `prune` (a drop-in file), a file carries only the translations of the msg() calls left
// in it after tree-shaking, numbered from 0 in the order of use, and its locale tables are part
// of it. Its lazy chunks (rollup.config.js) import nothing from it, so they have no texts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import MagicString from 'magic-string';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

const localeDir = fileURLToPath(new URL('../src/generated/locales', import.meta.url));
const localeModule = /[\\/]src[\\/]generated[\\/]locales[\\/]([\w-]+)\.ts$/;
const tableMarker = '__coprodLocaleTable__';
// Stands for a message id until the chunk is rendered, when the number is known.
const idPlaceholder = /(["'])__coprodMsg_([\w.-]+)__\1/g;
const placeholderId = /^[\w.-]+$/;

/** Every translation of a generated locale module: id → source text of its value (`…` or str`…`). */
function readTable(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const templates = new Map();
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'templates' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const property of node.initializer.properties) {
        if (!ts.isPropertyAssignment(property)) throw new Error(`${file}: unexpected ${property.getText(source)}`);
        const value = property.initializer;
        if (ts.isTaggedTemplateExpression(value) && value.tag.getText(source) !== 'str') {
          throw new Error(`${file}: only str-tagged translations are supported (${property.name.text})`);
        }
        templates.set(property.name.text, value.getText(source));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (templates.size === 0) throw new Error(`${file}: no translations found (has the format of lit-localize's output changed?)`);
  return templates;
}

/** Every locale's table, read fresh for each build: locale → (id → text). */
function readTables() {
  const tables = new Map();
  for (const file of readdirSync(localeDir).filter((name) => name.endsWith('.ts')).sort()) {
    tables.set(file.slice(0, -3), readTable(join(localeDir, file)));
  }
  return tables;
}

/** The id lit-localize computes at run time for a msg() argument (ESTree), or an error text. */
function runtimeIdOf(node, strName) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return { id: generateMsgId(node.value, false), text: node.value };
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) {
    const text = node.quasis[0].value.cooked;
    return { id: generateMsgId(text, false), text };
  }
  if (node?.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === strName) {
    const strings = node.quasi.quasis.map((quasi) => quasi.value.cooked);
    return { id: generateMsgId(strings, false), text: strings.join('${…}') };
  }
  return { error: 'its text must be a string, a template without ${}, or a str`…` template (html`…` is not supported)' };
}

/** Local names of `msg` and `str` imported from @lit/localize in a module (ESTree program). */
function localizeImports(program) {
  const names = {};
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.source.value !== '@lit/localize') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportNamespaceSpecifier') names.namespace = specifier.local.name;
      else if (specifier.type === 'ImportSpecifier' && ['msg', 'str'].includes(specifier.imported.name)) names[specifier.imported.name] = specifier.local.name;
    }
  }
  return names;
}

/** Whether an identifier names a variable here (not a property name, a key or the import itself). */
function isReference(node, parent) {
  if (!parent) return true;
  if (parent.type === 'ImportSpecifier') return false;
  if (parent.type === 'MemberExpression') return parent.object === node || parent.computed;
  if (['Property', 'MethodDefinition', 'PropertyDefinition'].includes(parent.type) && parent.key === node) return parent.computed || parent.shorthand === true;
  return true;
}

/** Code as esbuild left it, shortened, to name a call in an error (its line numbers are not the source's). */
function snippet(code, node) {
  const text = code.slice(node.start, node.end).replace(/\s+/g, ' ');
  return text.length > 100 ? `${text.slice(0, 97)}…` : text;
}

/**
 * The runtime takes msg()'s second argument as the number itself (every call in a build has
 * one), and no longer hashes texts: the hash function, its lookup table (built when the module
 * loads) and the cache of ids drop out of the build.
 */
function withoutHashing(code, id) {
  const edits = [
    ["import { generateMsgId } from './id-generation.js';", ''],
    ['options?.id ?? generateId(template)', 'options'],
  ];
  for (const [from, to] of edits) {
    if (!code.includes(from)) throw new Error(`${id}: expected \`${from}\` (has @lit/localize changed? See scripts/locale-tables.mjs)`);
    code = code.replace(from, to);
  }
  return { code, map: null };
}

const localeImport = /\bimport\(\s*(["'])([^"']*generated\/locales\/([\w-]+)\.js)\1\s*\)/g;

/**
 * With prune, a file's own table of each locale is part of the file (code splitting would make
 * `import('…/locales/nl.js')` a chunk: a second request before a Dutch page can render). The
 * loader keeps its shape: `() => Promise.resolve(the module)`.
 */
function withStaticLocales(code) {
  const locales = new Map();
  const body = code.replace(localeImport, (_whole, _quote, path, locale) => {
    const name = `__coprodLocale_${locale.replace(/-/g, '_')}`;
    locales.set(name, path);
    return `Promise.resolve(${name})`;
  });
  const imports = [...locales].map(([name, path]) => `import * as ${name} from ${JSON.stringify(path)};`).join('');
  // On the first line, so the lines of the source map stay where they were.
  return { code: imports + body, map: null };
}

/**
 * @param {{ prune?: boolean }} [options] prune: keep only the translations the output's own
 *   msg() calls use, with the tables in the entry file (a drop-in file: its lazy chunks
 *   may not use msg()).
 */
export function localeTables({ prune = false } = {}) {
  let tables;
  let allIds;
  let numberedInBuild;
  return {
    name: 'coprod-locale-tables',
    buildStart() {
      tables = readTables();
      allIds = [...new Set([...tables.values()].flatMap((table) => [...table.keys()]))];
    },
    load(id) {
      const match = localeModule.exec(id);
      if (!match || !tables.has(match[1])) return null;
      // Filled in at renderChunk, when the numbers of this output are known.
      return `import { str } from '@lit/localize';\nexport const templates = ${tableMarker}(${JSON.stringify(match[1])}, str);\n`;
    },
    transform(code, id) {
      if (/[\\/]@lit[\\/]localize[\\/]internal[\\/]runtime-msg\.js$/.test(id)) return withoutHashing(code, id);
      if (prune && !id.includes('/node_modules/') && code.includes('generated/locales/')) return withStaticLocales(code);
      if (id.includes('/node_modules/') || localeModule.test(id) || !code.includes('@lit/localize')) return null;
      const program = this.parse(code);
      const names = localizeImports(program);
      if (names.namespace) this.error(`${id}: import msg and str by name from @lit/localize (scripts/locale-tables.mjs cannot follow a namespace import)`);
      if (!names.msg) return null;
      const output = new MagicString(code);
      const problems = [];
      const calls = new Set();
      const fail = (node, problem) => problems.push(`${id}: ${snippet(code, node)}\n  ${problem}`);
      const walk = (node, parent) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === names.msg) {
          calls.add(node.callee);
          const [template, options, ...rest] = node.arguments;
          const { id: runtimeId, text, error } = runtimeIdOf(template, names.str);
          let messageId = runtimeId;
          if (options && options.type !== 'ObjectExpression') fail(node, 'the options of msg() must be an object literal');
          const explicit = options?.properties?.find((property) => property.type === 'Property' && (property.key.name ?? property.key.value) === 'id');
          if (explicit) messageId = explicit.value.type === 'Literal' ? explicit.value.value : undefined;
          if (error && !explicit) fail(node, `msg() cannot be given a build-time id: ${error}`);
          else if (typeof messageId !== 'string' || !placeholderId.test(messageId)) fail(node, 'the id option of msg() must be a string literal of letters, digits, _ . -');
          else if (rest.length) fail(node, 'msg() takes at most two arguments');
          else {
            const missing = [...tables].filter(([, table]) => !table.has(messageId)).map(([locale]) => locale);
            if (missing.length) {
              fail(node, `no ${missing.join(', ')} translation for "${text ?? messageId}" (${messageId}). Run \`npx lit-localize extract\`, translate it in locales/*.xlf, then \`npx lit-localize build\`.`);
            } else {
              // The number replaces the options: desc is for translators only.
              const placeholder = `"__coprodMsg_${messageId}__"`;
              if (options) output.overwrite(options.start, options.end, placeholder);
              else output.appendLeft(template.end, `, ${placeholder}`);
            }
          }
        }
        for (const key of Object.keys(node)) {
          if (key === 'type' || key === 'start' || key === 'end') continue;
          const child = node[key];
          if (Array.isArray(child)) child.forEach((item) => walk(item, node));
          else if (child && typeof child === 'object') walk(child, node);
        }
        // msg passed around as a value would escape the numbering: its texts would stay English.
        if (node.type === 'Identifier' && node.name === names.msg && !calls.has(node) && isReference(node, parent)) {
          fail(parent ?? node, 'msg is used other than as msg(…) (the build could not number its texts)');
        }
      };
      walk(program, undefined);
      if (problems.length) this.error(`Messages without a translation or id:\n${problems.join('\n')}`);
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
    renderStart() {
      // Without prune, one numbering serves every chunk of the build: the order of use, module
      // by module (sorted by path, so every build numbers alike), then the texts no module uses.
      const used = [...this.getModuleIds()].sort().flatMap((id) => [...(this.getModuleInfo(id)?.code ?? '').matchAll(idPlaceholder)].map((match) => match[2]));
      numberedInBuild = [...new Set([...used, ...allIds])];
    },
    renderChunk(code, chunk) {
      const used = new Set([...code.matchAll(idPlaceholder)].map((match) => match[2]));
      const hasTable = code.includes(tableMarker);
      if (!used.size && !hasTable) return null;
      // A lazy chunk imports nothing from its drop-in file (rollup.config.js), so it cannot reach the table there.
      if (prune && used.size && !hasTable) this.error(`${chunk.fileName}: msg() in a lazy chunk of a drop-in file; its table is in the drop-in file. Translate in the code that loads the chunk.`);
      // In the order of use: the numbers rise through the code, which gzips 0.1–0.6 kB smaller
      // than numbering in hash order.
      const numbered = prune ? [...used] : numberedInBuild;
      const numberOf = new Map(numbered.map((id, index) => [id, index]));
      const output = new MagicString(code);
      for (const match of code.matchAll(idPlaceholder)) {
        if (!numberOf.has(match[2])) this.error(`${chunk.fileName}: message ${match[2]} is in no locale table`);
        output.overwrite(match.index, match.index + match[0].length, String(numberOf.get(match[2])));
      }
      for (const match of code.matchAll(new RegExp(`${tableMarker}\\("([\\w-]+)",\\s*([\\w$]+)\\)`, 'g'))) {
        const [whole, locale, strName] = match;
        const table = tables.get(locale);
        // A hole where a locale lacks a text (only when another locale has it): that text stays in the source language.
        const entries = numbered.map((id) => {
          const text = table.get(id);
          return text === undefined ? '' : text.startsWith('str`') ? strName + text.slice(3) : text;
        });
        output.overwrite(match.index, match.index + whole.length, `[\n${entries.join(',\n')}${entries.at(-1) === '' ? ',' : ''}\n]`);
      }
      if (output.toString().includes('__coprodMsg_')) this.error(`${chunk.fileName}: a message id was left unnumbered`);
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
