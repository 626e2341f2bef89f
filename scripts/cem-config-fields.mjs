// A custom-elements-manifest plugin: each element's config fields are declared once, as functions
// that build valibot schemas, in `static fields` (see src/core/config.ts), not as class members the analyzer can see. This
// plugin reads them with TypeScript's checker and writes each one into the manifest as a property
// and, unless it is a list, an attribute: its type (the schema's output), default and JSDoc.
import path from 'node:path';
import ts from 'typescript';

const attributeName = (field) => field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The default a field declares: `() => v.optional(schema, value)`, `() => toggle(value)`, `() => headingLevel(value)`. */
function defaultOf(field) {
  const initializer = field && ts.isArrowFunction(field) ? field.body : undefined;
  if (!initializer || !ts.isCallExpression(initializer)) return undefined;
  const callee = initializer.expression.getText();
  if (callee.endsWith('optional')) return initializer.arguments[1]?.getText();
  if (callee === 'toggle' || callee === 'headingLevel') return initializer.arguments[0]?.getText();
  return undefined;
}

/** The value type of a field: the output of the schema it builds, or the entries a list field reads. */
function typeOf(checker, field) {
  const read = field.getProperty('read');
  if (read) {
    const [signature] = checker.getTypeOfSymbol(read).getCallSignatures();
    const value = signature.getReturnType().getProperty('value');
    return checker.typeToString(checker.getTypeOfSymbol(value), undefined, ts.TypeFormatFlags.NoTruncation);
  }
  const schema = field.getCallSignatures()[0].getReturnType();
  // valibot keeps a schema's types on its optional `~types` member.
  const types = checker.getNonNullableType(checker.getTypeOfSymbol(schema.getProperty('~types')));
  return checker.typeToString(checker.getTypeOfSymbol(types.getProperty('output')));
}

/** The type of the instance property `name` of a class, as its users see it (`Partial<FaqStrings>`). */
function instanceType(checker, classNode, name) {
  const instance = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(classNode.name));
  const symbol = instance.getProperty(name);
  return symbol && checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, classNode));
}

/**
 * The fields of the class `name` in `source`, from its `static fields = …` initializer, and the
 * type of its `strings` property.
 */
function fieldsOf(checker, source, name) {
  let fields;
  let strings;
  source.forEachChild((node) => {
    if (!ts.isClassDeclaration(node) || node.name?.text !== name) return;
    strings = instanceType(checker, node, 'strings');
    const member = node.members.find(
      (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'fields' && m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword),
    );
    if (!member?.initializer) return;
    const fieldsType = checker.getTypeAtLocation(member.initializer);
    fields = checker.getPropertiesOfType(fieldsType).map((symbol) => {
      const declaration = symbol.valueDeclaration;
      return {
        name: symbol.name,
        type: typeOf(checker, checker.getTypeOfSymbolAtLocation(symbol, member.initializer)),
        description: ts.displayPartsToString(symbol.getDocumentationComment(checker)),
        default: defaultOf(declaration && ts.isPropertyAssignment(declaration) ? declaration.initializer : undefined),
        list: Boolean(checker.getTypeOfSymbolAtLocation(symbol, member.initializer).getProperty('read')),
      };
    });
  });
  return fields && { fields, strings };
}

export function configFieldsPlugin({ tsconfig = 'tsconfig.json' } = {}) {
  return {
    name: 'spa-config-fields',
    packageLinkPhase({ customElementsManifest }) {
      const { config } = ts.readConfigFile(tsconfig, ts.sys.readFile);
      const { options } = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(path.resolve(tsconfig)));
      const files = customElementsManifest.modules.map((m) => path.resolve(m.path));
      const program = ts.createProgram(files, { ...options, types: [], noEmit: true });
      const checker = program.getTypeChecker();
      for (const module of customElementsManifest.modules) {
        const source = program.getSourceFile(path.resolve(module.path));
        for (const element of module.declarations ?? []) {
          if (!element.customElement || !source) continue;
          const found = fieldsOf(checker, source, element.name);
          if (!found) continue;
          const { fields, strings } = found;
          const names = new Set(fields.map((f) => f.name));
          element.members = (element.members ?? []).filter((m) => !names.has(m.name));
          // The base class declares these generically; say what they are for this element.
          const union = fields.map((f) => JSON.stringify(f.name)).join(' | ');
          for (const member of element.members) {
            if (member.name === 'config') member.type = { text: `Partial<Pick<${element.name}, ${union}>>` };
            if (member.name === 'strings' && strings) member.type = { text: strings };
          }
          element.attributes = (element.attributes ?? []).filter((a) => !names.has(a.fieldName));
          for (const field of fields) {
            const type = { text: field.type };
            const shared = { description: field.description, ...(field.default ? { default: field.default } : {}) };
            const attribute = field.list ? undefined : attributeName(field.name);
            element.members.push({ kind: 'field', name: field.name, type, ...shared, ...(attribute ? { attribute } : {}) });
            if (attribute) element.attributes.push({ name: attribute, fieldName: field.name, type, ...shared });
          }
        }
      }
    },
  };
}
