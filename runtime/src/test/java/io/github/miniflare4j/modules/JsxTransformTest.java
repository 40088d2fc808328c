package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** JSX compiled into calls as esbuild compiles it for Wrangler: classic and automatic runtimes, text rules, lines kept. */
class JsxTransformTest {

  private static final JsxTransform.Settings AUTOMATIC =
      new JsxTransform.Settings(true, "React.createElement", "React.Fragment", "hono/jsx");

  private static String classic(String source) {
    return JsxTransform.transform(source, "/p/a.tsx", JsxTransform.Settings.DEFAULT);
  }

  private static String automatic(String source) {
    return JsxTransform.transform(source, "/p/a.tsx", AUTOMATIC);
  }

  @Test
  void classic_elements_become_create_element_calls_with_props_and_children() {
    assertThat(classic("const a = <div className=\"x\" hidden data-id={id}>Hello {name}!</div>;"))
        .isEqualTo("const a = React.createElement(\"div\", { className: \"x\", hidden: true, \"data-id\": id }, "
            + "\"Hello \", name, \"!\");");
    assertThat(classic("f(<Card {...rest} title='t' />, <a.b.C/>)"))
        .isEqualTo("f(React.createElement(Card, { ...rest, title: \"t\" }), React.createElement(a.b.C, null))");
  }

  @Test
  void automatic_runtime_imports_what_it_uses_passes_children_and_key() {
    String out = automatic("export const L = ({ items }: Props) => <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>;");

    assertThat(out).isEqualTo("import { jsx as _jsx } from \"hono/jsx/jsx-runtime\"; "
        + "export const L = ({ items }: Props) => _jsx(\"ul\", { children: items.map((i) => _jsx(\"li\", { children: i }, i)) });");
    assertThat(automatic("const f = <><b>a</b> <i>b</i></>;")).isEqualTo(
        "import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from \"hono/jsx/jsx-runtime\"; "
            + "const f = _jsxs(_Fragment, { children: [_jsx(\"b\", { children: \"a\" }), \" \", _jsx(\"i\", { children: \"b\" })] });");
  }

  @Test
  void text_is_trimmed_at_line_breaks_and_character_references_are_decoded() {
    assertThat(classic("x = <p>\n   Hello\n      world &amp; you&#33; &hearts; &unknown;\n</p>"))
        .isEqualTo("x = React.createElement(\"p\", null, \"Hello world & you! \u2665 &unknown;\"\n\n\n)");
    assertThat(classic("x = <pre>\ta\tb </pre>")).isEqualTo("x = React.createElement(\"pre\", null, \"\ta\tb \")");
  }

  @Test
  void every_line_after_a_multi_line_element_keeps_its_number() {
    String source = "const page = (\n  <main>\n    <h1>{title}</h1>\n    <p class=\"a\"\n       id=\"b\">text</p>\n  </main>\n);\nconst after = 1;\n";

    String out = automatic(source);

    assertThat(out.lines().count()).isEqualTo(source.lines().count());
    assertThat(out.lines().toList().get(7)).isEqualTo("const after = 1;");
  }

  @Test
  void typescript_generics_comparisons_strings_and_regular_expressions_are_not_jsx() {
    String source = "const f = <T,>(x: T) => x; const g = <T extends object>(x: T) => x;\n"
        + "function h<T>(x: Array<T>): Map<string, T> { return a < b ? new Map() : m; }\n"
        + "const s = '<div>'; const t = `<b>${x < y}</b>`; const r = /<a>/g; type F = <T>(x: T) => T;\n";

    assertThat(classic(source)).isEqualTo(source);
  }

  @Test
  void pragmas_in_the_file_win_over_the_configuration() {
    assertThat(classic("/** @jsx h */\n/** @jsxFrag Frag */\nconst v = <><br/></>;"))
        .isEqualTo("/** @jsx h */\n/** @jsxFrag Frag */\nconst v = h(Frag, null, h(\"br\", null));");
    assertThat(classic("/** @jsxImportSource preact */\nconst v = <br/>;"))
        .isEqualTo("import { jsx as _jsx } from \"preact/jsx-runtime\"; /** @jsxImportSource preact */\nconst v = _jsx(\"br\", {});");
  }

  @Test
  void jsx_inside_template_substitutions_attribute_values_and_conditionals_compiles() {
    assertThat(classic("const t = `${ok ? <b/> : <i/>}`; const e = <A icon=<I/> />;"))
        .isEqualTo("const t = `${ok ? React.createElement(\"b\", null) : React.createElement(\"i\", null)}`; "
            + "const e = React.createElement(A, { icon: React.createElement(I, null) });");
  }

  @Test
  void broken_jsx_fails_with_its_position() {
    assertThatThrownBy(() -> classic("const a = 1;\nconst b = <div>never closed;\n"))
        .isInstanceOf(ModuleException.class)
        .hasMessageContaining("/p/a.tsx:")
        .hasMessageContaining("closing tag of <div>");
    assertThatThrownBy(() -> classic("const b = <div>a</span>;"))
        .hasMessageContaining("Expected closing tag </div> to match <div>, found </span>");
  }
}
