package io.github.miniflare4j.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * Where a worker Context's creation goes, in CPU time of the creating thread: the polyglot Context
 * build, the eager prelude's parse, each eager file's top level, the warm-up. Run by hand (not a
 * test): {@code java -cp ... io.github.miniflare4j.engine.ContextCostProbe [rounds]}. Prints the
 * median of the rounds after as many warm-up rounds.
 */
public final class ContextCostProbe {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ContextCostProbe() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    PreludeModules modules = PreludeModules.load();
    boolean lines = args.length > 1 && args[1].equals("lines");
    Source marked = Source.newBuilder("js", markedEagerCode(modules, lines), "miniflare4j:prelude.js").cached(true).buildLiteral();
    SharedEngine.engine();
    Map<String, List<Long>> phases = new LinkedHashMap<>();
    for (int round = 0; round < 2 * rounds; round++) {
      Map<String, Long> one = round(marked);
      if (round >= rounds) {
        one.forEach((k, v) -> phases.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
      }
    }
    long total = 0;
    List<Map.Entry<String, Long>> medians = new ArrayList<>();
    for (Map.Entry<String, List<Long>> e : phases.entrySet()) {
      List<Long> v = new ArrayList<>(e.getValue());
      v.sort(null);
      long median = v.get(v.size() / 2);
      total += median;
      medians.add(Map.entry(e.getKey(), median));
    }
    if (lines) {
      medians.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
      medians = medians.subList(0, Math.min(80, medians.size()));
    }
    for (Map.Entry<String, Long> e : medians) {
      System.out.printf("%-28s %8.3f ms%n", e.getKey(), e.getValue() / 1e6);
    }
    System.out.printf("%-28s %8.3f ms (sum of medians)%n", "TOTAL", total / 1e6);
  }

  private static Map<String, Long> round(Source marked) {
    Map<String, Long> phases = new LinkedHashMap<>();
    long[] last = {cpu()};
    ProxyExecutable mark = args -> {
      long now = cpu();
      phases.merge(args[0].asString(), now - last[0], Long::sum);
      last[0] = cpu();
      return null;
    };
    Context context = builder().build();
    mark.execute(Value.asValue("context build"));
    try {
      context.eval("js", "1");
      mark.execute(Value.asValue("context init (eval 1)"));
      Value bindings = context.getBindings("js");
      mark.execute(Value.asValue("getBindings"));
      bindings.putMember("__mark", mark);
      mark.execute(Value.asValue("bindings put"));
      Value factory = context.eval(marked);
      mark.execute(Value.asValue("prelude eval (parse)"));
      HostBridge bridge = new HostBridge();
      Value internals = factory.execute(bridge, PreludeModuleLoader.INSTANCE);
      mark.execute(Value.asValue("return"));
      internals.getMember("warmUp").execute(new JsRequestData(io.github.miniflare4j.http.FetchRequest.builder("http://localhost/warm-up?q=1").header("accept", "*/*").build()));
      mark.execute(Value.asValue("warmUp"));
      internals.getMember("warmUp").execute(new JsRequestData(io.github.miniflare4j.http.FetchRequest.builder("http://localhost/warm-up?q=1").header("accept", "*/*").build()));
      mark.execute(Value.asValue("warmUp again"));
    } finally {
      context.close(true);
      mark.execute(Value.asValue("close"));
    }
    return phases;
  }

  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  static Context.Builder builder() {
    return Context.newBuilder("js")
        .engine(SharedEngine.engine())
        .allowHostAccess(SharedEngine.HOST_ACCESS)
        .allowIO(IOAccess.newBuilder().fileSystem(new DeferredFileSystem()).build())
        .allowCreateThread(false)
        .allowNativeAccess(false)
        .allowCreateProcess(false)
        .allowExperimentalOptions(true)
        .option("js.esm-eval-returns-exports", "true")
        .option("js.print", "false")
        .option("js.load", "false")
        .option("js.graal-builtin", "false")
        .option("js.java-package-globals", "false")
        .option("js.timezone", "UTC")
        .option("js.text-encoding", "true")
        .option("js.async-context", "true")
        .option("js.ecmascript-version", System.getProperty("probe.ecmascript", "staging"))
        .option("js.lazy-translation", Boolean.toString(CodeTranslation.lazy()));
  }

  /** The eager code with a {@code __mark(file)} call after each file's top level. */
  private static String markedEagerCode(PreludeModules modules, boolean lines) {
    StringBuilder code =
        new StringBuilder("(function (host, preludeModules) {\n'use strict';\nconst internals = {};\n");
    String eager = modules.eagerCode();
    String previous = "prelude head";
    for (PreludeModules.Module module : modules.modules()) {
      if (!module.lazy()) {
        code.append("globalThis.__mark(").append(quote(previous)).append(");\n");
        code.append("// ---- ").append(module.name()).append('\n');
        previous = module.name();
        if (lines) {
          String[] ls = module.code().split("\n", -1);
          boolean inTemplate = false;
          for (int i = 0; i < ls.length; i++) {
            String l = ls[i];
            boolean statementStart = !inTemplate && !l.isEmpty() && !Character.isWhitespace(l.charAt(0))
                && !l.startsWith("}") && !l.startsWith(")") && !l.startsWith("]") && !l.startsWith("//")
                && !l.startsWith("*") && !l.startsWith("/*") && !l.startsWith(".") && !l.startsWith("?") && !l.startsWith(":")
                && !l.startsWith("+") && !l.startsWith("|") && !l.startsWith("&") && !l.startsWith("`") && (i == 0 || !ls[i - 1].trim().endsWith(",")
                && !ls[i - 1].trim().endsWith("=") && !ls[i - 1].trim().endsWith("(") && !ls[i - 1].trim().endsWith("&&") && !ls[i - 1].trim().endsWith("||")
                && !ls[i - 1].trim().endsWith("?") && !ls[i - 1].trim().endsWith(":") && !ls[i - 1].trim().endsWith("+"));
            if (statementStart) {
              code.append("globalThis.__mark(").append(quote(previous)).append(");");
              previous = module.name() + ":" + (i + 1) + " " + l.substring(0, Math.min(50, l.length())).replace("\\", "");
            }
            if ((l.chars().filter(c -> c == '`').count() % 2) == 1) {
              inTemplate = !inTemplate;
            }
            code.append(l).append('\n');
          }
        } else {
          code.append(module.code()).append('\n');
        }
      }
    }
    code.append("globalThis.__mark(").append(quote(previous)).append(");\n");
    code.append(eager, eager.indexOf("// ---- the eager names lazy modules import"), eager.length());
    return code.toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "") + "\"";
  }
}
