// After `npm run build`: custom-elements.json is valid against the official schema (package
// `custom-elements-manifest`), its paths are the published files, its references resolve,
// every public method parameter is described, and every `--coprod-*` custom property the
// styles read is documented.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const schema = JSON.parse(readFileSync('node_modules/custom-elements-manifest/schema.json', 'utf8'));
const problems = [];

const ajv = new Ajv({ allErrors: true, jsonPointers: true });
if (!ajv.validate(schema, manifest)) for (const error of ajv.errors) problems.push(`schema: ${error.dataPath || '/'} ${error.message}`);

const modules = new Map(manifest.modules.map((module) => [module.path, module]));
const resolves = (reference) => reference.package || modules.get(reference.module)?.declarations?.some((declaration) => declaration.name === reference.name);
const documented = new Set();
for (const module of manifest.modules) {
  if (!existsSync(module.path)) problems.push(`${module.path}: no such published file`);
  for (const exported of module.exports ?? []) if (!resolves(exported.declaration)) problems.push(`${module.path}: export ${exported.name} does not resolve`);
  for (const declaration of module.declarations ?? []) {
    const where = `${module.path} ${declaration.name}`;
    if (declaration.superclass && !resolves(declaration.superclass)) problems.push(`${where}: superclass ${declaration.superclass.name} does not resolve`);
    if (declaration.tagName && !module.exports?.some((exported) => exported.kind === 'custom-element-definition' && exported.name === declaration.tagName)) {
      problems.push(`${where}: no custom-element-definition export for <${declaration.tagName}>`);
    }
    for (const member of declaration.members ?? []) {
      if (member.inheritedFrom && !resolves(member.inheritedFrom)) problems.push(`${where}.${member.name}: inheritedFrom does not resolve`);
      if (member.privacy && member.privacy !== 'public') continue;
      if (member.name === 'value' && member.kind === 'field' && declaration.tagName && member.type?.text === 'S') problems.push(`${where}.value: type is the generic S`);
      for (const parameter of member.kind === 'method' ? (member.parameters ?? []) : []) {
        if (!parameter.description) problems.push(`${where}.${member.name}(${parameter.name}): parameter without description`);
      }
    }
    for (const property of declaration.cssProperties ?? []) documented.add(property.name);
  }
}

const sources = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? (name === 'generated' ? [] : sources(path)) : path.endsWith('.ts') ? [path] : [];
});
for (const file of sources('src')) {
  for (const [, name] of readFileSync(file, 'utf8').matchAll(/var\(\s*(--coprod-[\w-]+)/g)) {
    if (!documented.has(name)) problems.push(`${file}: reads ${name}, which custom-elements.json does not document`);
  }
}

if (problems.length) {
  console.error(`manifest check failed:\n  ${[...new Set(problems)].join('\n  ')}`);
  process.exit(1);
}
console.log(`manifest check: schema valid, ${manifest.modules.length} modules, ${documented.size} custom properties documented`);
