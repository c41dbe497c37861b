/**
 * The API reference, generated from the SDK's source and doc comments with TypeDoc, so it can
 * never drift from the code. Entry points come from the `exports` map in sdk/package.json: a new
 * subpath appears in the reference without anyone listing it here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  Application,
  Comment,
  DeclarationReflection,
  ReflectionKind,
  ReferenceReflection,
  type CommentDisplayPart,
  type ProjectReflection,
  type Reflection,
  type SignatureReflection,
  type SomeType,
} from 'typedoc';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE = '@attune/sdk';

export interface ApiEntryPoint {
  /** The URL slug: `screening`, `adjustments-plan`; the root entry is `sdk`. */
  slug: string;
  /** What a host writes in `import … from`. */
  specifier: string;
  /** The source file TypeDoc reads. */
  source: string;
}

export interface ApiMember {
  name: string;
  type: string;
  optional: boolean;
  doc: string;
}

export interface ApiExport {
  name: string;
  kind: 'function' | 'class' | 'interface' | 'type' | 'constant';
  /** Declarations as a host would read them in an editor, one per overload. */
  signatures: string[];
  doc: string;
  params: ApiMember[];
  returns: { type: string; doc: string } | null;
  /** Properties of an interface or class, with their own doc comments. */
  members: ApiMember[];
  examples: string[];
  /** Where it is written, relative to sdk/, for readers who want the source. */
  definedIn: string;
}

export interface ApiEntry extends ApiEntryPoint {
  exports: ApiExport[];
}

export interface ApiReference {
  entries: ApiEntry[];
  /** Public exports with no doc comment, as `specifier: name (file)`; the build fails unless empty. */
  undocumented: string[];
}

/** The public entry points, read from the package's `exports` map. */
export function entryPoints(): ApiEntryPoint[] {
  const pkg = JSON.parse(readFileSync(`${root}sdk/package.json`, 'utf8')) as {
    exports: Record<string, string | { default?: string }>;
  };
  return Object.entries(pkg.exports).flatMap(([subpath, target]) => {
    const file = typeof target === 'string' ? target : target.default;
    if (!file?.startsWith('./dist/') || !file.endsWith('.js')) return []; // ./package.json and other non-code exports
    const rest = subpath.replace(/^\.\/?/, '');
    return [
      {
        slug: rest === '' ? 'sdk' : rest.replaceAll('/', '-'),
        specifier: rest === '' ? PACKAGE : `${PACKAGE}/${rest}`,
        source: `sdk/${file.slice('./dist/'.length, -3)}.ts`,
      },
    ];
  });
}

const text = (parts: readonly CommentDisplayPart[] | undefined) =>
  parts ? Comment.combineDisplayParts(parts).trim() : '';

/** A type as a host reads it; machine and schema types run to thousands of characters, so their arguments fold to `…`. */
function typeText(type: SomeType | undefined): string {
  if (!type) return 'unknown';
  const full = type.toString();
  if (full.length <= 160) return full;
  if (type.type === 'reference') return `${type.name}<…>`;
  if (type.type === 'reflection') return '{ … }';
  return full;
}

function signatureText(name: string, sig: SignatureReflection): string {
  const typeParams = sig.typeParameters?.length
    ? `<${sig.typeParameters.map((t) => t.name).join(', ')}>`
    : '';
  const params = (sig.parameters ?? []).map(
    (p) =>
      `${p.flags.isRest ? '...' : ''}${p.name}${p.flags.isOptional || p.defaultValue ? '?' : ''}: ${typeText(p.type)}`,
  );
  const one = `function ${name}${typeParams}(${params.join(', ')}): ${typeText(sig.type)}`;
  return one.length <= 90
    ? one
    : `function ${name}${typeParams}(\n  ${params.join(',\n  ')},\n): ${typeText(sig.type)}`;
}

function membersOf(decl: DeclarationReflection): ApiMember[] {
  return (decl.children ?? [])
    .filter(
      (c) =>
        c.kindOf(ReflectionKind.Property | ReflectionKind.Accessor | ReflectionKind.Method) &&
        !c.flags.isPrivate &&
        !c.flags.isProtected,
    )
    .map((c) => ({
      name: c.name,
      type: typeText(c.type ?? c.signatures?.[0]?.type),
      optional: c.flags.isOptional,
      doc: text(c.comment?.summary ?? c.signatures?.[0]?.comment?.summary),
    }));
}

function describe(name: string, decl: DeclarationReflection): ApiExport {
  const sigs = decl.signatures ?? [];
  const comment = decl.comment ?? sigs[0]?.comment;
  const examples = (comment?.blockTags ?? [])
    .filter((t) => t.tag === '@example')
    .map((t) =>
      text(t.content)
        .replace(/^```\w*\n?|```$/g, '')
        .trim(),
    );
  const returnsTag = comment?.blockTags.find((t) => t.tag === '@returns');
  const base = {
    name,
    doc: text(comment?.summary),
    examples,
    definedIn: decl.sources?.[0]?.fileName.replace(/^.*?sdk\//, '') ?? '',
    params: [] as ApiMember[],
    returns: null,
    members: [] as ApiMember[],
  };
  if (decl.kindOf(ReflectionKind.Function)) {
    const sig = sigs[0]!;
    return {
      ...base,
      kind: 'function',
      signatures: sigs.map((s) => signatureText(name, s)),
      params: (sig.parameters ?? []).map((p) => ({
        name: p.name,
        type: typeText(p.type),
        optional: p.flags.isOptional || p.defaultValue !== undefined,
        doc: text(p.comment?.summary),
      })),
      returns: { type: typeText(sig.type), doc: text(returnsTag?.content) },
    };
  }
  if (decl.kindOf(ReflectionKind.Class)) {
    const ctor = decl.children?.find((c) => c.kindOf(ReflectionKind.Constructor))?.signatures?.[0];
    const params = (ctor?.parameters ?? []).map((p) => `${p.name}: ${typeText(p.type)}`).join(', ');
    const parent = decl.extendedTypes?.length
      ? ` extends ${decl.extendedTypes.map(typeText).join(', ')}`
      : '';
    return {
      ...base,
      kind: 'class',
      signatures: [`class ${name}${parent} {\n  constructor(${params});\n}`],
      members: membersOf(decl),
    };
  }
  if (decl.kindOf(ReflectionKind.Interface)) {
    return {
      ...base,
      kind: 'interface',
      signatures: [`interface ${name}`],
      members: membersOf(decl),
    };
  }
  if (decl.kindOf(ReflectionKind.TypeAlias)) {
    const params = decl.typeParameters?.length
      ? `<${decl.typeParameters.map((t) => t.name).join(', ')}>`
      : '';
    const full =
      decl.type?.type === 'union'
        ? decl.type.types.map((t) => `  | ${typeText(t)}`).join('\n')
        : ` ${typeText(decl.type)}`;
    return {
      ...base,
      kind: 'type',
      signatures: [`type ${name}${params} =${decl.type?.type === 'union' ? '\n' : ''}${full}`],
    };
  }
  return { ...base, kind: 'constant', signatures: [`const ${name}: ${typeText(decl.type)}`] };
}

function targetOf(reflection: Reflection): DeclarationReflection | null {
  const target =
    reflection instanceof ReferenceReflection ? reflection.getTargetReflectionDeep() : reflection;
  return target instanceof DeclarationReflection ? target : null;
}

function hasDoc(decl: DeclarationReflection): boolean {
  const comment = decl.comment ?? decl.signatures?.[0]?.comment;
  return !!comment && text(comment.summary) !== '';
}

const ORDER: ApiExport['kind'][] = ['function', 'class', 'interface', 'type', 'constant'];

/** Runs TypeDoc over every entry point and returns the reference, plus every undocumented export. */
export async function buildApiReference(): Promise<ApiReference> {
  const points = entryPoints();
  const app = await Application.bootstrap({
    entryPoints: points.map((p) => `${root}${p.source}`),
    entryPointStrategy: 'resolve',
    tsconfig: `${root}sdk/tsconfig.json`,
    excludeExternals: true,
    excludePrivate: true,
    excludeInternal: true,
    logLevel: 'Error',
    // The SDK's own build type-checks; here TypeDoc only reads declarations and comments.
    skipErrorChecking: true,
  });
  const project: ProjectReflection | undefined = await app.convert();
  if (!project) throw new Error('TypeDoc could not read the SDK source');
  const modules = project.children ?? [];
  const undocumented = new Set<string>();
  const entries = points.map((point): ApiEntry => {
    const mod =
      modules.find((m) => m.sources?.[0]?.fullFileName === `${root}${point.source}`) ??
      (points.length === 1 ? project : undefined);
    if (!mod) throw new Error(`TypeDoc found no module for ${point.source}`);
    const exports = (mod.children ?? []).flatMap((child) => {
      const decl = targetOf(child);
      if (!decl) return [];
      if (!hasDoc(decl))
        undocumented.add(
          `${point.specifier}: ${child.name} (${decl.sources?.[0]?.fileName.replace(/^.*?sdk\//, 'sdk/') ?? '?'})`,
        );
      return [describe(child.name, decl)];
    });
    exports.sort(
      (a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.name.localeCompare(b.name),
    );
    return { ...point, exports };
  });
  return { entries, undocumented: [...undocumented].sort() };
}
