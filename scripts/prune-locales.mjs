// Rollup plugin for the drop-in files: each file carries only the translations its own
// msg() calls ask for. A page with one exercise then does not download the Dutch of the
// other six. Ids are not touched: they stay the hashes @lit/localize computes at run time.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import MagicString from 'magic-string';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

const localeModule = /[\\/]src[\\/]generated[\\/]locales[\\/]([\w-]+)\.ts$/;
const marker = '__coprodTranslations__';

/** Every template of a generated locale module: id → source text of its value (`\`…\`` or str`…`). */
function readTemplates(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const templates = new Map();
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'templates' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const property of node.initializer.properties) {
        if (!ts.isPropertyAssignment(property)) throw new Error(`${file}: unexpected ${property.getText(source)}`);
        templates.set(property.name.text, property.initializer);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { source, templates };
}

/** The message id of a msg() argument (ESTree), or undefined when it is not a literal. */
function idOf(node) {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return generateMsgId(node.value, false);
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return generateMsgId(node.quasis[0].value.cooked, false);
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') {
    const strings = node.quasi.quasis.map((quasi) => quasi.value.cooked);
    if (node.tag.name === 'str' || /^str\$\d+$/.test(node.tag.name)) return generateMsgId(strings, false);
    if (node.tag.name === 'html' || /^html\$\d+$/.test(node.tag.name)) return generateMsgId(strings, true);
  }
  return undefined;
}

/** Message ids used by a module's AST; `all` is set when some msg() argument is not a literal. */
function collectIds(ast, ids) {
  let complete = true;
  const walk = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && /^msg(\$\d+)?$/.test(node.callee.name)) {
      const options = node.arguments[1];
      const explicit = options?.type === 'ObjectExpression' && options.properties.find((p) => p.key?.name === 'id' || p.key?.value === 'id');
      const id = explicit ? explicit.value.value : idOf(node.arguments[0]);
      if (typeof id === 'string') ids.add(id);
      else complete = false;
    }
    for (const key of Object.keys(node)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      const child = node[key];
      if (Array.isArray(child)) child.forEach(walk);
      else if (child && typeof child === 'object') walk(child);
    }
  };
  walk(ast);
  return complete;
}

/**
 * @param {{ onPruned?: (file: string, locale: string, kept: number, total: number) => void }} [options]
 */
export function pruneLocales(options = {}) {
  return {
    name: 'coprod-prune-locales',
    load(id) {
      const match = localeModule.exec(id);
      if (!match) return null;
      // Filled in at renderChunk, when every msg() call of the file is known.
      return `import { str } from '@lit/localize';\nexport const templates = ${marker}(${JSON.stringify(id)}, str);\n`;
    },
    renderChunk(code, chunk) {
      if (!code.includes(marker)) return null;
      const ids = new Set();
      let complete = true;
      for (const id of chunk.moduleIds) {
        const info = this.getModuleInfo(id);
        if (info?.ast && !localeModule.test(id)) complete = collectIds(info.ast, ids) && complete;
      }
      const pattern = new RegExp(`${marker}\\((".*?"),\\s*([\\w$]+)\\)`, 'g');
      const output = new MagicString(code);
      for (const match of code.matchAll(pattern)) {
        const [whole, quotedFile, strName] = match;
        const file = JSON.parse(quotedFile);
        const { source, templates } = readTemplates(file);
        const entries = [];
        for (const [id, value] of templates) {
          if (complete && !ids.has(id)) continue;
          let text = value.getText(source);
          if (ts.isTaggedTemplateExpression(value)) {
            if (value.tag.getText(source) !== 'str') throw new Error(`${file}: only str-tagged translations are supported (${id})`);
            text = strName + text.slice(3);
          }
          entries.push(`${JSON.stringify(id)}: ${text}`);
        }
        options.onPruned?.(chunk.fileName, localeModule.exec(file)[1], entries.length, templates.size);
        output.overwrite(match.index, match.index + whole.length, `{\n${entries.join(',\n')}\n}`);
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
