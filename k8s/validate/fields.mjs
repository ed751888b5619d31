// Unknown fields. The models' schemas accept properties they do not declare (as the API server
// without strict field validation does), so a misspelt `periodSecond` would pass them. Their
// TypeScript declarations name every field, and this walks an object along them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const modules = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules');
const cache = new Map();

function resolve(from, spec) {
  const base = spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : path.join(modules, spec);
  return `${base.replace(/\.js$/, '')}.d.ts`;
}

// the properties of a TypeScript object type body: name -> type text
function properties(body) {
  const props = new Map();
  let depth = 0;
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === '/' && body[i + 1] === '*') {
      i = body.indexOf('*/', i) + 2;
      continue;
    }
    if (c === '{' || c === '<' || c === '(') depth++;
    if (c === '}' || c === '>' || c === ')') depth--;
    if (depth === 0 && c === '"') {
      const m = body.slice(i).match(/^"([^"]+)"\??:\s*/);
      if (m) {
        let j = i + m[0].length;
        let d = 0;
        while (j < body.length && !(d === 0 && body[j] === ';')) {
          if ('{<('.includes(body[j])) d++;
          if ('}>)'.includes(body[j])) d--;
          j++;
        }
        props.set(m[1], body.slice(i + m[0].length, j).trim());
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return props;
}

// the main interface of a declaration file: its properties and the files its types come from
function load(file) {
  if (cache.has(file)) return cache.get(file);
  let result = null;
  if (fs.existsSync(file)) {
    const text = fs.readFileSync(file, 'utf8');
    const imports = new Map([...text.matchAll(/import \{ ([^}]+) \} from "([^"]+)";/g)]
      .flatMap((m) => m[1].split(',').map((n) => [n.trim(), resolve(file, m[2])])));
    const start = text.search(/export interface I\w+[^{]*\{/);
    if (start >= 0) {
      let depth = 0;
      let i = text.indexOf('{', start);
      const open = i;
      for (; i < text.length; i++) {
        if (text[i] === '{') depth++;
        if (text[i] === '}' && --depth === 0) break;
      }
      result = { props: properties(text.slice(open + 1, i)), imports };
    }
  }
  cache.set(file, result);
  return result;
}

function checkValue(value, type, imports, where, report) {
  if (value === null || typeof value !== 'object') return;
  const array = type.match(/^Array<(.*)>$/s);
  if (array) {
    if (Array.isArray(value)) value.forEach((v, n) => checkValue(v, array[1].trim(), imports, `${where}[${n}]`, report));
    return;
  }
  if (type.startsWith('{')) {
    if (/^\{\s*\[key: string\]/.test(type)) return;
    checkObject(value, { props: properties(type.slice(1, -1)), imports }, where, report);
    return;
  }
  const file = imports.get(type);
  const declared = file && load(file);
  if (declared) checkObject(value, declared, where, report);
}

function checkObject(object, declared, where, report) {
  if (Array.isArray(object)) return;
  for (const [name, value] of Object.entries(object)) {
    const type = declared.props.get(name);
    if (type === undefined) {
      report(`unknown field ${where ? `${where}.` : ''}${name}`);
      continue;
    }
    checkValue(value, type, declared.imports, where ? `${where}.${name}` : name, report);
  }
}

/** Reports every field of OBJECT that the model's declaration file MODEL_FILE does not declare. */
export function unknownFields(object, modelFile, report) {
  const declared = load(modelFile);
  if (!declared) {
    report(`no declaration ${modelFile}`);
    return;
  }
  checkObject(object, declared, '', report);
}

export function declarationFile(modulePath, kind) {
  return path.join(modules, modulePath, `${kind}.d.ts`);
}
