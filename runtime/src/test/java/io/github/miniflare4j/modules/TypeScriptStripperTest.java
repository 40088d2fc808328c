package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TypeScriptStripperTest {

  /** Strips, checks that no line moved, and returns the code with runs of white space collapsed. */
  private static String js(String ts) {
    String out = TypeScriptStripper.strip(ts, "test.ts");
    assertThat(out.split("\n", -1)).as("line count of\n%s", out).hasSameSizeAs(ts.split("\n", -1));
    return out.replaceAll("\\s+", " ").trim();
  }

  /** Strips code that only loses types: every remaining character keeps its column. */
  private static String blanked(String ts) {
    String out = TypeScriptStripper.strip(ts, "test.ts");
    assertThat(out).hasSameSizeAs(ts);
    for (int i = 0; i < ts.length(); i++) {
      if (out.charAt(i) != ' ') {
        assertThat(out.charAt(i)).as("character %d of %s", i, out).isEqualTo(ts.charAt(i));
      }
    }
    return out.replaceAll("\\s+", " ").trim();
  }

  @Test
  void variable_annotations_are_blanked_in_place() {
    assertThat(blanked("let x: number = 1;\nconst y: Map<string, Array<number>> = new Map();"))
        .isEqualTo("let x = 1; const y = new Map();");
    assertThat(blanked("let a!: string, b: { c: number }[] = [];")).isEqualTo("let a , b = [];");
  }

  @Test
  void keywords_as_object_keys_stay_keys() {
    assertThat(blanked("const o: O = { class: \"a\", function: 1, if: x as number, default: f(), async: true };"))
        .isEqualTo("const o = { class: \"a\", function: 1, if: x , default: f(), async: true };");
  }

  @Test
  void function_parameters_return_types_and_type_parameters() {
    assertThat(blanked("function f<T extends object = {}>(a: T, b?: string, ...rest: number[]): Promise<T> { return a; }"))
        .isEqualTo("function f (a , b , ...rest ) { return a; }");
    assertThat(blanked("function g(this: Window, x: number) {}")).isEqualTo("function g( x ) {}");
    assertThat(blanked("const h = async <T,>(x: T): Promise<T> => x;")).isEqualTo("const h = async (x ) => x;");
    assertThat(blanked("const k = (x: number): x is 1 => x === 1;")).isEqualTo("const k = (x ) => x === 1;");
    assertThat(blanked("const o = { m(a: string): void {}, n: (b: number) => b };"))
        .isEqualTo("const o = { m(a ) {}, n: (b ) => b };");
    assertThat(blanked("const d = ({ a, b }: Props = {}) => a;")).isEqualTo("const d = ({ a, b } = {}) => a;");
  }

  @Test
  void ternaries_labels_and_object_colons_stay() {
    String code = "const a = b ? (c) : d;\nout: for (;;) { switch (x) { case 1: break out; default: f({ k: v ? 1 : 2 }); } }";
    assertThat(blanked(code)).isEqualTo(code.replaceAll("\\s+", " "));
  }

  @Test
  void as_satisfies_non_null_and_type_arguments() {
    assertThat(blanked("const v = (x as unknown as string).length + y!.z + w![0];"))
        .isEqualTo("const v = (x ).length + y .z + w [0];");
    assertThat(blanked("export default { fetch() {} } satisfies ExportedHandler<Env>;"))
        .isEqualTo("export default { fetch() {} } ;");
    assertThat(blanked("const c = [1, 2] as const;")).isEqualTo("const c = [1, 2] ;");
    assertThat(blanked("const m = new Map<string, number>(); f<T>(1); if (a < b && c > d) {}"))
        .isEqualTo("const m = new Map (); f (1); if (a < b && c > d) {}");
    assertThat(blanked("const s = <string>value;")).isEqualTo("const s = value;");
  }

  @Test
  void interfaces_type_aliases_and_declarations_vanish() {
    String ts = "interface A extends B<{ x: 1 }> { a: string; m(): void }\n"
        + "export interface C { c: number }\n"
        + "type U<T> = T extends string ? 'a' : { [K in keyof T]: T[K] } | `x${string}`;\n"
        + "export type V = A | C\n"
        + "declare const ENV: string;\n"
        + "declare global { interface Window { x: 1 } }\n"
        + "declare module 'x' { export const y: number }\n"
        + "const z = 1;";
    assertThat(blanked(ts)).isEqualTo("const z = 1;");
  }

  @Test
  void type_only_imports_and_exports_vanish_and_unused_imports_are_elided() {
    String ts = "import type { A } from './a';\n"
        + "import { type B, C, D } from './b';\n"
        + "import E, { F } from './e';\n"
        + "import * as G from './g';\n"
        + "import './side-effect';\n"
        + "export type { H } from './h';\n"
        + "interface I {}\n"
        + "export { I, C };\n"
        + "const x: D = C(E);\n";
    assertThat(blanked(ts))
        .isEqualTo("import { C, } from './b'; import E from './e'; import './side-effect'; export { C }; const x = C(E);");
  }

  @Test
  void classes_lose_modifiers_implements_overloads_and_abstract_members() {
    String ts = "export abstract class A<T> extends Base<T> implements I, J<T> {\n"
        + "  private readonly x: number = 1;\n"
        + "  declare y: string;\n"
        + "  static z?: T;\n"
        + "  [key: string]: unknown;\n"
        + "  abstract m(): void;\n"
        + "  n(a: string): void;\n"
        + "  n(a: any) { return a as T; }\n"
        + "  protected get p(): number { return this.x!; }\n"
        + "  #q!: number;\n"
        + "}";
    assertThat(blanked(ts)).isEqualTo(
        "export class A extends Base { x = 1; static z ; n(a ) { return a ; } get p() { return this.x ; } #q ; }");
  }

  @Test
  void a_class_heritage_is_an_expression_with_its_own_type_arguments_and_annotations() {
    // Effect's `class X extends Effect.Service<X>()("X", { ... }) {}`: a generic call, then a call
    // whose object argument holds typed arrow functions, before the class body
    String ts = "export class Cmd extends Effect.Service<Cmd>()(\n"
        + "  \"Cmd\",\n"
        + "  { effect: Effect.gen(function* () { return { run: (p: Raw): number => p.n as number }; }) },\n"
        + ") {}\n"
        + "class E extends Data.TaggedError(\"E\")<{ readonly m: string }> {}\n"
        + "const K = class extends mixin<A>(Base)<B> implements I<B> { x: number = 1; };\n"
        + "class M extends (cond ? A : B)<T>\n{\n  y?: string;\n}";
    assertThat(blanked(ts)).isEqualTo(
        "export class Cmd extends Effect.Service ()( \"Cmd\", { effect: Effect.gen(function* () { return { run: (p ) => p.n }; }) }, ) {}"
            + " class E extends Data.TaggedError(\"E\") {}"
            + " const K = class extends mixin (Base) { x = 1; };"
            + " class M extends (cond ? A : B) { y ; }");
  }

  @Test
  void parameter_properties_become_assignments_on_the_same_line() {
    assertThat(js("class P {\n  constructor(private a: number, public readonly b = 2) {\n    this.c = a;\n  }\n}"))
        .isEqualTo("class P { constructor( a , b = 2) { this.a = a; this.b = b; this.c = a; } }");
    assertThat(js("class Q extends R {\n  constructor(readonly a: string) {\n    super(a);\n  }\n}"))
        .isEqualTo("class Q extends R { constructor( a ) { super(a); this.a = a; this.b = b; } }".replace(" this.b = b;", ""));
  }

  @Test
  void enums_become_objects_and_keep_their_lines() {
    String out = js("export enum Color {\n  Red,\n  Green = 5,\n  Blue,\n  Name = 'n',\n}\nconst enum E { A = 1 << 1, B = A | 4 }");
    assertThat(out).contains("export var Color; (function (Color) {")
        .contains("Color[Color[\"Red\"] = 0] = \"Red\";")
        .contains("Color[Color[\"Blue\"] = 6] = \"Blue\";")
        .contains("Color[\"Name\"] = 'n';")
        .contains("E[E[\"B\"] = E[\"A\"] | 4] = \"B\";");
  }

  @Test
  void arrow_return_type_in_class_field_and_generics_in_calls() {
    assertThat(blanked("class S { handler = async (req: Request): Promise<Response> => { return fetch<T>(req); }\n other = 1 }"))
        .isEqualTo("class S { handler = async (req ) => { return fetch (req); } other = 1 }");
  }

  @Test
  void strings_templates_regexes_and_comments_are_left_alone() {
    String code = "const s = 'a: string' + `b ${x as any} c` + /<T>: x/g.source; // as any\n/* : number */";
    assertThat(blanked(code)).isEqualTo("const s = 'a: string' + `b ${x } c` + /<T>: x/g.source; // as any /* : number */");
  }

  @Test
  void decorators_stay_for_the_engine_and_what_they_decorate_is_stripped() {
    assertThat(blanked("class A extends B<Env> {\n  @callable() async ask(message: string): Promise<string> { return message; }\n"
        + "  @log.with<Opts>({ level: 1 as number }) private count: number = 0;\n  @bound\n  m(a: A) {}\n}"))
        .isEqualTo("class A extends B { @callable() async ask(message ) { return message; } "
            + "@log.with ({ level: 1 }) count = 0; @bound m(a ) {} }");
    assertThat(blanked("@sealed\nclass C { @(decorators[0]) static s(x?: number) {} @tracked accessor v: string = \"\"; }"))
        .isEqualTo("@sealed class C { @(decorators[0]) static s(x ) {} @tracked accessor v = \"\"; }");
    // the engine takes decorators after export only: the keyword moves before them, on their line
    assertThat(js("@a()\n@b export default class E {}\n@c export class F {}"))
        .isEqualTo("export default @a() @b class E {} export @c class F {}");
    assertThat(blanked("export @a() @b class D implements I {}\nexport default @c((e: Event) => e) class {}"))
        .isEqualTo("export @a() @b class D {} export default @c((e ) => e) class {}");
  }

  @Test
  void parameter_decorators_are_refused_with_their_position() {
    assertThatThrownBy(() -> TypeScriptStripper.strip("class A {\n  constructor(@inject(\"x\") x: X) {}\n}", "src/a.ts"))
        .isInstanceOf(ModuleException.class)
        .hasMessageStartingWith("src/a.ts:2:15: Parameter decorators are not supported");
  }

  @Test
  void decorators_are_refused_when_tsconfig_asks_for_experimental_ones() {
    assertThatThrownBy(() -> TypeScriptStripper.strip("class A {\n  @log m() {}\n}", "src/a.ts", true))
        .isInstanceOf(ModuleException.class)
        .hasMessageStartingWith("src/a.ts:2:3: TypeScript's experimental decorators (tsconfig's \"experimentalDecorators\": true)");
    assertThat(TypeScriptStripper.strip("const a: number = 1;", "src/a.ts", true)).isEqualTo("const a         = 1;");
  }

  @Test
  void namespaces_of_types_only_vanish() {
    assertThat(blanked("export namespace JSX {\n  export type Element = string;\n  export interface Props { a: 1 }\n  namespace Inner { type X = 1 }\n}\nconst y = 1;"))
        .isEqualTo("const y = 1;");
  }

  @Test
  void function_types_and_parenthesized_types_in_return_positions() {
    assertThat(blanked("const f = (a: A): ((b: B, c?: C) => D) => (b, c) => d;")).isEqualTo("const f = (a ) => (b, c) => d;");
    assertThat(blanked("const g = (): (<L extends E>(e: L) => P<R>) => h;")).isEqualTo("const g = () => h;");
    assertThat(blanked("let u: (string | number)[] = [];")).isEqualTo("let u = [];");
    assertThat(blanked("type C<A> = A extends B<infer E, infer _ extends S> ? M<A> extends infer X extends S ? X : never : 1;\nlet z = 0;"))
        .isEqualTo("let z = 0;");
  }

  @Test
  void a_field_ending_at_a_line_break_keeps_a_semicolon_so_the_next_is_no_getter() {
    String out = TypeScriptStripper.strip("class H {\n  get!: Fn\n  post?: Fn\n  put: Fn = f\n}", "h.ts");

    assertThat(out).isEqualTo("class H {\n  get;    \n  post;    \n  put     = f\n}");
  }

  @Test
  void a_return_type_spanning_lines_moves_the_closing_parenthesis_to_the_arrow() {
    String out = TypeScriptStripper.strip("const f = (a: number): Map<\n  string\n> => a;", "f.ts");

    assertThat(out).isEqualTo("const f = (a" + " ".repeat(15) + "\n" + " ".repeat(8) + "\n )=> a;");
  }

  @Test
  void re_exports_of_type_only_imports_vanish() {
    assertThat(blanked("import type { T } from './t';\nimport { type U, v } from './u';\nexport { T, U, v };"))
        .isEqualTo("import { v } from './u'; export { v };");
  }

  @Test
  void instantiation_expressions_lose_their_type_arguments() {
    assertThat(blanked("const IncomingRequest = Request<unknown, IncomingRequestCfProperties>;"))
        .isEqualTo("const IncomingRequest = Request ;");
    assertThat(blanked("const m = makeBox<string>\nfoo(m, Map<string, number>, Set<A<B>>);"))
        .isEqualTo("const m = makeBox foo(m, Map , Set );");
    assertThat(blanked("const f = g<T>.bind(x) ?? h<U> || i<V>;")).isEqualTo("const f = g .bind(x) ?? h || i ;");
    // comparisons stay comparisons
    String compare = "const a = b < c, d > e; const x = [p < q, r > 1, s < t, u > -1, v < w, y > +z];";
    assertThat(blanked(compare)).isEqualTo(compare);
  }

  @Test
  void return_break_and_continue_end_at_a_line_break() {
    assertThat(blanked("function f(v) {\n  if (!v) return\n  const post: Post = JSON.parse(v)\n  return post\n}"))
        .isEqualTo("function f(v) { if (!v) return const post = JSON.parse(v) return post }");
    assertThat(blanked("for (;;) { if (a) break\n let b: number = 1; if (b) continue\n const c: C = b }"))
        .isEqualTo("for (;;) { if (a) break let b = 1; if (b) continue const c = b }");
    assertThat(blanked("const r = o.return\n  <T>(x)")).isEqualTo("const r = o.return (x)");
  }

  @Test
  void namespaces_and_import_require_are_refused() {
    assertThatThrownBy(() -> TypeScriptStripper.strip("namespace N { export const x = 1 }", "n.ts"))
        .hasMessageStartingWith("n.ts:1:1: TypeScript namespaces holding values are not supported");
    assertThatThrownBy(() -> TypeScriptStripper.strip("import fs = require('fs');", "r.ts"))
        .hasMessageStartingWith("r.ts:1:1: \"import x = require(...)\" is CommonJS-only");
  }

  @Test
  void syntax_errors_name_file_line_and_column() {
    assertThatThrownBy(() -> TypeScriptStripper.strip("const a = 1;\nlet b: = 2;", "e.ts"))
        .hasMessage("e.ts:2:8: Expected a type but found \"=\"");
    assertThatThrownBy(() -> TypeScriptStripper.strip("function f() {\n  return (1;\n}", "p.ts"))
        .hasMessageStartingWith("p.ts:");
    assertThatThrownBy(() -> TypeScriptStripper.strip("const s = 'open\n", "s.ts"))
        .hasMessage("s.ts:1:11: Unterminated string literal");
  }

  @Test
  void a_slash_after_a_non_null_assertion_divides() {
    assertThat(blanked("const r = Math.floor((config[loc]! / total) * n) / 2;"))
        .isEqualTo("const r = Math.floor((config[loc] / total) * n) / 2;");
    assertThat(blanked("const q = a! / b! / c;")).isEqualTo("const q = a / b / c;");
    assertThat(blanked("const q = f()!/2;")).isEqualTo("const q = f() /2;");
    // a prefix "!" still starts a regular expression, also after a line break
    assertThat(blanked("if (!/x\\//.test(s)) {}")).isEqualTo("if (!/x\\//.test(s)) {}");
    assertThat(blanked("let t = a\n!/y/.test(s);")).isEqualTo("let t = a !/y/.test(s);");
    assertThat(blanked("function f(s) { return !/a/.test(s); }")).isEqualTo("function f(s) { return !/a/.test(s); }");
  }
}
