// The Excel API members a set of source files touches, found by the TypeScript checker (not by name
// matching), with the `[Api set: …]` tag @types/office-js gives each of them.
import path from 'path';
import ts from 'typescript';

export interface UsedMember {
  /** `Range.values`, `Worksheet.getRanges`, `PageLayoutZoomOptions.horizontalFitToPages`, … */
  member: string;
  /** `ExcelApi 1.9`; undefined when the declaration carries no tag. */
  apiSet?: string;
}

/** `Excel.Range` → `Range`; undefined for a declaration outside the Excel namespace. */
function excelOwner(decl: ts.Declaration): string | undefined {
  const owner = decl.parent;
  if (!owner || !(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) || !owner.name) return undefined;
  let ns: ts.Node | undefined = owner.parent;
  while (ns && !ts.isModuleDeclaration(ns)) ns = ns.parent;
  if (!ns || !ts.isModuleDeclaration(ns) || ns.name.getText() !== 'Excel') return undefined;
  if (!/[\/]@types[\/]office-js[\/]/u.test(decl.getSourceFile().fileName)) return undefined;
  return owner.name.getText();
}

function apiSetOf(decl: ts.Declaration): string | undefined {
  const m = /\[Api set: ([A-Za-z]+) ([^\]]+)\]/u.exec(decl.getFullText().slice(0, decl.getLeadingTriviaWidth()));
  return m ? `${m[1]} ${m[2]}` : undefined;
}

export function excelMembersUsed(files: readonly string[]): UsedMember[] {
  const config = ts.readConfigFile(path.resolve('tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.resolve('.'));
  const program = ts.createProgram([...files], { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const found = new Map<string, string | undefined>();
  const note = (symbol: ts.Symbol | undefined): void => {
    for (const decl of symbol?.declarations ?? []) {
      const owner = excelOwner(decl);
      if (owner) found.set(`${owner}.${symbol?.getName()}`, apiSetOf(decl));
    }
  };
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`Not compiled: ${file}`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) note(checker.getSymbolAtLocation(node.name));
      if (ts.isObjectLiteralExpression(node)) {
        const type = checker.getContextualType(node);
        for (const p of node.properties) if (p.name && ts.isIdentifier(p.name)) note(type?.getProperty(p.name.text));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...found].map(([member, apiSet]) => ({ member, apiSet })).sort((a, b) => a.member.localeCompare(b.member));
}
