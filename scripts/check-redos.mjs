// ReDoS gate (npm test, issue #10): every regular expression in src/ is checked for catastrophic
// backtracking by recheck (https://makenowjust-labs.github.io/recheck/), and the run fails when one
// is `vulnerable`, when recheck cannot decide (`unknown`), or when a RegExp is built from text the
// script cannot see.
//
// What is collected, with the TypeScript compiler API (a Program, so imports can be followed):
// - every regex literal;
// - every `new RegExp(…)` / `RegExp(…)` call, and every `.match(…)` / `.matchAll(…)` / `.search(…)`
//   whose argument is not already a RegExp (a string there is compiled to one). Their arguments are
//   evaluated when they are built from module-level `const`s (of this file or imported ones):
//   literals, templates, other regexes' `.source`, `map`/`join` over constant arrays. Anything
//   else (a parameter, a `let`, a value computed at run time) fails as "cannot check dynamic
//   RegExp": there is no allow-list, build the pattern from constants so that it can be checked.
//
// Why `unknown` fails: recheck answers `unknown` when it timed out or does not support a construct;
// an unverified pattern is not a checked one. Rewrite it, or split it into checkable pieces.
//
// Usage: node scripts/check-redos.mjs [file or directory …]   (default: src)
// Before checking, a known-vulnerable canary (`/^(a+)+$/`) must come back `vulnerable`, so a broken
// or missing checker can never make the gate pass silently.
import { readdirSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { checkSync } from 'recheck';
import ts from 'typescript';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const CANARY = { source: '^(a+)+$', flags: '' };
/** String methods that compile a string argument into a RegExp. */
const COMPILING_METHODS = new Set(['match', 'matchAll', 'search']);

/** The .ts files under the given paths (directories are walked). */
function sourceFiles(paths) {
  const files = [];
  for (const path of paths) {
    const absolute = resolve(ROOT, path);
    if (statSync(absolute).isDirectory()) {
      for (const name of readdirSync(absolute, { recursive: true })) {
        if (String(name).endsWith('.ts')) files.push(resolve(absolute, String(name)));
      }
    } else files.push(absolute);
  }
  return files.sort();
}

/** Thrown when a pattern depends on something that is not a module-level constant. */
class DynamicPattern extends Error {}

/**
 * Evaluates expressions built from module-level constants: each identifier is resolved with the
 * type checker (through imports) to a top-level `const` initializer, evaluated in turn (memoized),
 * and the expression runs in a fresh VM context holding just those values.
 */
function createEvaluator(program) {
  const checker = program.getTypeChecker();
  const values = new Map();

  function declarationOf(identifier) {
    let symbol = checker.getSymbolAtLocation(identifier);
    if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias)
      symbol = checker.getAliasedSymbol(symbol);
    return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  }

  function isModuleConstant(declaration) {
    return (
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer !== undefined &&
      ts.isIdentifier(declaration.name) &&
      declaration.parent.flags & ts.NodeFlags.Const &&
      ts.isVariableStatement(declaration.parent.parent) &&
      ts.isSourceFile(declaration.parent.parent.parent)
    );
  }

  /** Whether an identifier is a reference to a value (not a property name or a binding). */
  function isReference(node) {
    const parent = node.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
    if (ts.isPropertyAssignment(parent) && parent.name === node) return false;
    if ((ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === node) return false;
    if (ts.isVariableDeclaration(parent) && parent.name === node) return false;
    return true;
  }

  function evaluate(expression) {
    const context = {};
    const visit = (node) => {
      if (ts.isTypeNode(node)) return; // `as const`, annotations: no values there
      if (ts.isIdentifier(node) && isReference(node)) {
        const declaration = declarationOf(node);
        const inside =
          declaration !== undefined &&
          declaration.getSourceFile() === expression.getSourceFile() &&
          declaration.pos >= expression.pos &&
          declaration.end <= expression.end;
        const builtIn =
          declaration !== undefined && program.isSourceFileDefaultLibrary(declaration.getSourceFile());
        if (!inside && !builtIn) {
          if (declaration === undefined || !isModuleConstant(declaration)) {
            throw new DynamicPattern(`'${node.text}' is not a module-level constant`);
          }
          if (!values.has(declaration)) values.set(declaration, evaluate(declaration.initializer));
          context[node.text] = values.get(declaration);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(expression);
    const js = ts.transpileModule(`(${expression.getText()});`, {
      compilerOptions: { target: ts.ScriptTarget.ES2022 },
    }).outputText;
    try {
      return runInNewContext(js, context, { timeout: 1000 });
    } catch (error) {
      throw new DynamicPattern(`evaluation failed (${error.message})`);
    }
  }

  return { evaluate, checker };
}

/** A pattern and its flags from the evaluated arguments of `RegExp(pattern, flags)`. */
function patternOf(pattern, flags) {
  const isRegExp = typeof pattern === 'object' && pattern !== null && typeof pattern.source === 'string';
  if (typeof pattern !== 'string' && !isRegExp) throw new DynamicPattern('the pattern is not a string');
  if (flags !== undefined && typeof flags !== 'string')
    throw new DynamicPattern('the flags are not a string');
  return {
    source: isRegExp ? pattern.source : pattern,
    flags: flags ?? (isRegExp ? pattern.flags : ''),
  };
}

/**
 * Every regular expression of the files: `{ file, line, kind, source, flags }`, or
 * `{ file, line, kind, dynamic: reason }` for one built from text that cannot be seen.
 */
function collectRegExps(files) {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const { evaluate, checker } = createEvaluator(program);
  const found = [];
  for (const file of files) {
    const sourceFile = program.getSourceFile(file);
    const where = (node) => ({
      file: relative(ROOT, file),
      line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    });
    const constructed = (node, kind, patternArgument, flagsArgument) => {
      try {
        const pattern = evaluate(patternArgument);
        const flags = flagsArgument === undefined ? undefined : evaluate(flagsArgument);
        found.push({ ...where(node), kind, ...patternOf(pattern, flags) });
      } catch (error) {
        if (!(error instanceof DynamicPattern)) throw error;
        found.push({ ...where(node), kind, dynamic: error.message });
      }
    };
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        found.push({
          ...where(node),
          kind: 'literal',
          source: text.slice(1, slash),
          flags: text.slice(slash + 1),
        });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern === undefined)
          found.push({ ...where(node), kind: 'RegExp()', source: '(?:)', flags: '' });
        else constructed(node, 'RegExp()', pattern, flags);
      } else if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        COMPILING_METHODS.has(node.expression.name.text) &&
        node.arguments.length > 0 &&
        node.arguments[0].kind !== ts.SyntaxKind.RegularExpressionLiteral &&
        checker.typeToString(checker.getTypeAtLocation(node.arguments[0])) !== 'RegExp'
      ) {
        constructed(node, `.${node.expression.name.text}()`, node.arguments[0]);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}

/** recheck's verdict on one pattern: `{ status, complexity, checker }`. */
function checkPattern(source, flags) {
  const result = checkSync(source, flags);
  const complexity = result.complexity === undefined ? (result.error?.kind ?? '') : result.complexity.summary;
  return { status: result.status, complexity, checker: result.checker ?? '', attack: result.attack?.pattern };
}

function shorten(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Prints rows as aligned columns. */
function printTable(header, lines) {
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
  for (const line of [header, ...lines]) {
    console.log(
      line
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
  }
}

function main(paths) {
  const canary = checkPattern(CANARY.source, CANARY.flags);
  if (canary.status !== 'vulnerable') {
    console.error(
      `check-redos: the checker did not flag /${CANARY.source}/ (got ${canary.status}); is recheck installed?`,
    );
    return 2;
  }
  const started = performance.now();
  const files = sourceFiles(paths);
  const rows = collectRegExps(files).map((entry) =>
    entry.dynamic === undefined
      ? { ...entry, ...checkPattern(entry.source, entry.flags) }
      : { ...entry, status: 'dynamic', complexity: entry.dynamic, checker: '' },
  );
  printTable(
    ['where', 'kind', 'pattern', 'status', 'complexity', 'checker'],
    rows.map((row) => [
      `${row.file}:${row.line}`,
      row.kind,
      row.source === undefined ? '' : shorten(`/${row.source}/${row.flags}`, 60),
      row.status,
      row.complexity,
      row.checker,
    ]),
  );
  const count = (status) => rows.filter((row) => row.status === status).length;
  const literals = rows.filter((row) => row.kind === 'literal').length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${rows.length} regular expressions in ${files.length} files (${literals} literals, ` +
      `${rows.length - literals} constructed): ${count('safe')} safe, ${count('vulnerable')} vulnerable, ` +
      `${count('unknown')} unknown, ${count('dynamic')} dynamic (${seconds} s)`,
  );
  const failed = rows.filter((row) => row.status !== 'safe');
  for (const row of failed) {
    const where = `${row.file}:${row.line}`;
    if (row.status === 'dynamic') {
      console.error(`check-redos: cannot check dynamic RegExp at ${where}: ${row.complexity}`);
    } else {
      const attack = row.attack === undefined ? '' : ` — attack: ${shorten(row.attack, 80)}`;
      console.error(`check-redos: ${where} ${row.status}: ${row.complexity}${attack}`);
    }
  }
  return failed.length === 0 ? 0 : 1;
}

if (
  process.argv[1] !== undefined &&
  resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)
) {
  const paths = process.argv.slice(2);
  process.exitCode = main(paths.length === 0 ? ['src'] : paths);
}
