// Offline checks of Terraform code, with no terraform binary and no provider download:
//   - every .tf file parses (HCL, through @cdktf/hcl2json) and is formatted as `terraform fmt` would
//     (@cdktf/hcl-tools, the same hclwrite formatter);
//   - in each module (a folder of .tf files): every var.X, local.X and module.X used is declared
//     there, and every declared variable is used;
//   - every module call: a local source exists, gets only variables the callee declares and every
//     one it requires, and module.X.Y reads an output the callee has; a registry source has an exact
//     `version`; a git source a `?ref=` tag or commit;
//   - every terraform block pins `required_version` and each required provider to one exact
//     version, and every provider a module's resources use is among its required_providers.
//
// Usage: node terraform-check.mjs DIR...   (prints each problem; exit 1 when there is one)
import { readdir, readFile } from "node:fs/promises";
import { existsSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "@cdktf/hcl2json";
import { format } from "@cdktf/hcl-tools";

const EXACT_VERSION = /^=?\s*v?\d+\.\d+\.\d+$/;
const MODULE_META_ARGUMENTS = new Set(["source", "version", "providers", "count", "for_each", "depends_on"]);
const GIT_REF = /[?&]ref=(v?\d+\.\d+\.\d+[^&]*|[0-9a-f]{40})(&|$)/;
// Built-in providers and the block types whose names are not resources of a provider.
const BUILT_IN_PROVIDERS = new Set(["terraform"]);

async function tfFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === ".terraform" || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await tfFiles(path)));
    else if (entry.name.endsWith(".tf")) found.push(path);
  }
  return found.sort();
}

// Every string in a parsed document (hcl2json writes expressions as "${...}" strings).
function* strings(node) {
  if (typeof node === "string") yield node;
  else if (Array.isArray(node)) for (const item of node) yield* strings(item);
  else if (node && typeof node === "object") {
    // keys too: an object key may be an expression ("kubernetes.io/cluster/${var.name}" = ...)
    for (const [key, value] of Object.entries(node)) {
      yield key;
      yield* strings(value);
    }
  }
}

function references(document, kind) {
  const names = [];
  const pattern = new RegExp(`(?<![\\w.])${kind}\\.([A-Za-z_][\\w-]*)`, "g");
  for (const text of strings(document)) {
    if (!text.includes("${")) continue; // a literal string, not an expression
    for (const match of text.matchAll(pattern)) names.push(match[1]);
  }
  return names;
}

function moduleOutputReferences(document) {
  const found = [];
  for (const text of strings(document)) {
    if (!text.includes("${")) continue;
    for (const match of text.matchAll(/(?<![\w.])module\.([A-Za-z_][\w-]*)(?:\[[^\]]*\])?\.([A-Za-z_][\w-]*)/g)) {
      found.push({ module: match[1], output: match[2] });
    }
  }
  return found;
}

// One module: the parsed documents of the .tf files of one folder.
class Module {
  constructor(dir) {
    this.dir = dir;
    this.documents = []; // { file, doc }
  }

  blocks(type) {
    const all = [];
    for (const { file, doc } of this.documents) {
      for (const [name, bodies] of Object.entries(doc[type] ?? {})) {
        for (const body of [].concat(bodies)) all.push({ file, name, body });
      }
    }
    return all;
  }

  variables() {
    return new Map(this.blocks("variable").map(({ name, body }) => [name, body]));
  }

  outputs() {
    return new Set(this.blocks("output").map(({ name }) => name));
  }

  locals() {
    const names = new Set();
    for (const { doc } of this.documents) {
      for (const block of [].concat(doc.locals ?? [])) for (const name of Object.keys(block)) names.add(name);
    }
    return names;
  }

  terraformBlocks() {
    const all = [];
    for (const { file, doc } of this.documents) for (const body of [].concat(doc.terraform ?? [])) all.push({ file, body });
    return all;
  }
}

function sourceKind(source) {
  if (source.startsWith("./") || source.startsWith("../")) return "local";
  if (/^(git::|git@|github\.com\/|bitbucket\.org\/)/.test(source)) return "git";
  if (/^[\w-]+\/[\w-]+\/[\w-]+(\/\/.*)?$/.test(source) || /^[\w.-]+\/[\w-]+\/[\w-]+\/[\w-]+(\/\/.*)?$/.test(source)) return "registry";
  return "other";
}

export async function checkTerraform(roots) {
  const problems = [];
  const report = (file, message) => problems.push(`${relative(process.cwd(), file) || file}: ${message}`);
  const modules = new Map();
  let fileCount = 0;

  for (const root of roots) {
    for (const file of await tfFiles(root)) {
      fileCount++;
      const text = await readFile(file, "utf8");
      let doc;
      try {
        doc = await parse(basename(file), text);
      } catch (error) {
        report(file, `does not parse: ${String(error.message ?? error).replace(/^Error: /, "")}`);
        continue;
      }
      const formatted = await format(text).catch(() => text);
      if (formatted !== text) report(file, "not formatted as terraform fmt writes it");
      const dir = dirname(file);
      if (!modules.has(dir)) modules.set(dir, new Module(dir));
      modules.get(dir).documents.push({ file, doc });
    }
  }

  const loadModule = async (dir) => {
    if (modules.has(dir)) return modules.get(dir);
    const module = new Module(dir);
    for (const file of (await readdir(dir)).filter((name) => name.endsWith(".tf"))) {
      try {
        module.documents.push({ file: join(dir, file), doc: await parse(file, await readFile(join(dir, file), "utf8")) });
      } catch {
        // reported when its own folder is checked
      }
    }
    return module;
  };

  for (const module of modules.values()) {
    const variables = module.variables();
    const locals = module.locals();
    const calls = new Map(module.blocks("module").map((block) => [block.name, block]));

    const declared = new Set();
    for (const { name, file } of module.blocks("variable")) {
      if (declared.has(name)) report(file, `variable "${name}" is declared more than once`);
      declared.add(name);
    }

    const used = new Set();
    for (const { file, doc } of module.documents) {
      for (const name of references(doc, "var")) {
        used.add(name);
        if (!variables.has(name)) report(file, `var.${name} is used but no variable "${name}" is declared in ${module.dir}`);
      }
      for (const name of references(doc, "local")) {
        if (!locals.has(name)) report(file, `local.${name} is used but not defined in ${module.dir}`);
      }
      for (const { module: name, output } of moduleOutputReferences(doc)) {
        const call = calls.get(name);
        if (!call) {
          report(file, `module.${name} is used but no module "${name}" is called in ${module.dir}`);
          continue;
        }
        const source = call.body.source;
        if (typeof source === "string" && sourceKind(source) === "local") {
          const callee = resolve(module.dir, source);
          if (existsSync(callee) && !(await loadModule(callee)).outputs().has(output)) {
            report(file, `module.${name}.${output}: ${source} has no output "${output}"`);
          }
        }
      }
    }
    for (const { name, file } of module.blocks("variable")) {
      if (!used.has(name)) report(file, `variable "${name}" is declared but never used`);
    }

    for (const { name, file, body } of calls.values()) {
      const source = body.source;
      if (typeof source !== "string") {
        report(file, `module "${name}" has no literal source`);
        continue;
      }
      switch (sourceKind(source)) {
        case "local": {
          const callee = resolve(module.dir, source);
          if (!existsSync(callee) || !statSync(callee).isDirectory()) {
            report(file, `module "${name}": source ${source} is not a folder`);
            break;
          }
          const calleeVariables = (await loadModule(callee)).variables();
          for (const argument of Object.keys(body)) {
            if (MODULE_META_ARGUMENTS.has(argument)) continue;
            if (!calleeVariables.has(argument)) report(file, `module "${name}" passes ${argument}, which ${source} does not declare`);
          }
          for (const [variable, declaration] of calleeVariables) {
            if (!("default" in declaration) && !(variable in body)) {
              report(file, `module "${name}" does not pass ${variable}, which ${source} requires`);
            }
          }
          if ("version" in body) report(file, `module "${name}": a local source takes no version`);
          break;
        }
        case "registry":
          if (typeof body.version !== "string" || !EXACT_VERSION.test(body.version.trim())) {
            report(file, `module "${name}": registry source ${source} needs an exact version (found ${JSON.stringify(body.version ?? null)})`);
          }
          break;
        case "git":
          if (!GIT_REF.test(source)) report(file, `module "${name}": git source ${source} needs ?ref= with a version tag or a commit`);
          break;
        default:
          report(file, `module "${name}": source ${source} is neither a local folder, a registry module nor a pinned git reference`);
      }
    }

    const required = new Map();
    for (const { file, body } of module.terraformBlocks()) {
      if ("required_version" in body && !EXACT_VERSION.test(String(body.required_version).trim())) {
        report(file, `required_version ${JSON.stringify(body.required_version)} is not one exact version`);
      }
      for (const providers of [].concat(body.required_providers ?? [])) {
        for (const [local, requirement] of Object.entries(providers)) {
          required.set(local, requirement);
          const version = typeof requirement === "object" ? requirement.version : requirement;
          if (typeof version !== "string" || !EXACT_VERSION.test(version.trim())) {
            report(file, `provider ${local} is not pinned to one exact version (found ${JSON.stringify(version ?? null)})`);
          }
        }
      }
    }
    if (!module.terraformBlocks().some(({ body }) => "required_version" in body)) {
      report(module.dir, "no terraform block with required_version");
    }
    const usedProviders = new Map();
    for (const type of ["resource", "data", "ephemeral"]) {
      for (const { file, name } of module.blocks(type)) {
        const provider = name.split("_")[0];
        if (!BUILT_IN_PROVIDERS.has(provider) && !usedProviders.has(provider)) usedProviders.set(provider, file);
      }
    }
    for (const { file, name } of module.blocks("provider")) if (!usedProviders.has(name)) usedProviders.set(name, file);
    for (const [provider, file] of usedProviders) {
      if (!required.has(provider)) report(file, `uses provider ${provider}, which is not in required_providers of ${module.dir}`);
    }
  }

  return { problems, fileCount, moduleCount: modules.size };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const roots = process.argv.slice(2);
  if (roots.length === 0) {
    console.error("Usage: node terraform-check.mjs DIR...");
    process.exit(2);
  }
  const started = Date.now();
  const { problems, fileCount, moduleCount } = await checkTerraform(roots);
  for (const problem of problems) console.error(problem);
  const summary = `${fileCount} .tf files in ${moduleCount} modules, ${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (problems.length > 0) {
    console.error(`terraform-check: ${problems.length} problem(s) (${summary})`);
    process.exit(1);
  }
  console.log(`terraform-check: parsed, formatted, variables, modules and versions pinned (${summary})`);
}
