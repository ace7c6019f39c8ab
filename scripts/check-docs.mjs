// Docs gate (npm run docs): every value exported from a public entry (functions, constants) has
// TSDoc with a summary and an `@example`; every exported type has a summary. TypeDoc then builds
// the site with warnings as errors (typedoc.json), which also catches broken {@link}s.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const config = JSON.parse(readFileSync(new URL('../typedoc.json', import.meta.url), 'utf8'));
const program = ts.createProgram(config.entryPoints, {
  allowImportingTsExtensions: true,
  noEmit: true,
  module: ts.ModuleKind.Preserve,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();
const problems = [];
let checked = 0;
for (const entry of config.entryPoints) {
  const source = program.getSourceFile(entry);
  if (source === undefined) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (declaration === undefined) continue;
    checked++;
    const where = `${entry}: ${exported.name}`;
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    if (summary === '') problems.push(`${where} has no TSDoc summary`);
    const isValue =
      (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class)) !== 0;
    if (isValue) {
      const tags = ts.getJSDocTags(
        declaration.kind === ts.SyntaxKind.VariableDeclaration ? declaration.parent.parent : declaration,
      );
      if (!tags.some((tag) => tag.tagName.text === 'example')) problems.push(`${where} has no @example`);
    }
  }
}
if (problems.length > 0) {
  console.error(`docs check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`docs check passed: ${checked} exports documented`);
