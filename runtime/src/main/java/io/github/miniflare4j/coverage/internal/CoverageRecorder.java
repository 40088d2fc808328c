package io.github.miniflare4j.coverage.internal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.EventBinding;
import com.oracle.truffle.api.instrumentation.EventContext;
import com.oracle.truffle.api.instrumentation.ExecutionEventNode;
import com.oracle.truffle.api.instrumentation.SourceSectionFilter;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.instrumentation.TruffleInstrument;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.nodes.LanguageInfo;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import io.github.miniflare4j.modules.SourceMap;
import io.github.miniflare4j.modules.SourceMaps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Counts, for every worker source file, how often each statement ran and which way each
 * condition went ({@code if}, {@code ?:}, loop conditions), through Truffle's instrumentation API:
 * no build step, the code runs as written. Files bundled with a source map are reported by their
 * original sources. Statements are registered when their code is loaded,
 * so code that never ran is reported with 0 hits. Counters are shared by every Context of the
 * engine and safe to bump from any worker thread.
 */
public final class CoverageRecorder {

  /** The JavaScript tag on a condition whose value picks a branch (GraalJS's {@code JSTags}). */
  private static final String BRANCH_TAG = "ControlFlowBranchTag";
  /** Code files; Text and Data modules (served as generated JavaScript under their own path) are not code. */
  private static final java.util.regex.Pattern SCRIPT_FILE = java.util.regex.Pattern.compile("\\.[cm]?[jt]sx?$");

  /** One statement's hits. */
  static final class StatementCounter {
    final int line;
    final AtomicLong hits = new AtomicLong();

    StatementCounter(int line) {
      this.line = line;
    }
  }

  /** One condition's outcomes. */
  static final class BranchCounter {
    final int line;
    final int column;
    final AtomicLong whenTrue = new AtomicLong();
    final AtomicLong whenFalse = new AtomicLong();

    BranchCounter(int line, int column) {
      this.line = line;
      this.column = column;
    }
  }

  /** Counters of one source file, keyed by the section's character range. */
  static final class FileCounters {
    final Map<Long, StatementCounter> statements = new ConcurrentHashMap<>();
    final Map<Long, BranchCounter> branches = new ConcurrentHashMap<>();
  }

  private final TruffleInstrument.Env env;
  private final Map<String, FileCounters> files = new ConcurrentHashMap<>();
  private final Map<String, Boolean> included = new ConcurrentHashMap<>();
  private final List<EventBinding<?>> bindings = new ArrayList<>();
  private volatile Predicate<String> filter = path -> true;

  CoverageRecorder(TruffleInstrument.Env env) {
    this.env = env;
  }

  /**
   * Starts counting, for the sources already loaded too.
   *
   * @param include which source paths to count (already narrowed to files that exist)
   */
  public synchronized void start(Predicate<String> include) {
    if (!bindings.isEmpty()) {
      return;
    }
    // Contexts made from now on translate code as they parse it: the instrument must not meet
    // functions translated on demand (an assertion in GraalJS)
    io.github.miniflare4j.engine.CodeTranslation.eagerFromNowOn();
    this.filter = include;
    SourceSectionFilter statements = SourceSectionFilter.newBuilder()
        .tagIs(StandardTags.StatementTag.class).sourceIs(this::counts).build();
    bindings.add(env.getInstrumenter().attachLoadSourceSectionListener(statements,
        event -> statement(event.getSourceSection()), true));
    bindings.add(env.getInstrumenter().attachExecutionEventFactory(statements,
        context -> new StatementNode(statement(context.getInstrumentedSourceSection()))));
    Class<? extends Tag> branchTag = branchTag();
    if (branchTag != null) {
      SourceSectionFilter conditions = SourceSectionFilter.newBuilder()
          .tagIs(branchTag).sourceIs(this::counts).build();
      bindings.add(env.getInstrumenter().attachExecutionEventFactory(conditions, this::conditionNode));
    }
  }

  /** Stops counting; what was counted stays until {@link #reset()}. */
  public synchronized void stop() {
    bindings.forEach(EventBinding::dispose);
    bindings.clear();
  }

  /**
   * Whether counting is on.
   *
   * @return {@code true} between {@link #start} and {@link #stop}
   */
  public synchronized boolean active() {
    return !bindings.isEmpty();
  }

  /** Forgets every count. */
  public void reset() {
    files.clear();
  }

  /**
   * What was counted so far.
   *
   * @return per file, hits by line and outcomes by condition
   */
  public CoverageSnapshot snapshot() {
    Map<String, java.util.TreeMap<Integer, Long>> lines = new java.util.TreeMap<>();
    Map<String, List<CoverageSnapshot.Branch>> branches = new java.util.TreeMap<>();
    files.forEach((path, counters) -> {
      SourceMap map = SourceMaps.of(path);
      counters.statements.values().forEach(c -> {
        SourceMap.Position at = map == null ? null : map.originalOfLine(c.line);
        String file = at == null ? path : at.source();
        if (at == null || filter.test(file)) {
          lines.computeIfAbsent(file, f -> new java.util.TreeMap<>())
              .merge(at == null ? c.line : at.line(), c.hits.get(), Math::max);
        }
      });
      counters.branches.values().forEach(b -> {
        SourceMap.Position at = map == null ? null : map.original(b.line, b.column);
        String file = at == null ? path : at.source();
        if (at == null || filter.test(file)) {
          branches.computeIfAbsent(file, f -> new ArrayList<>()).add(new CoverageSnapshot.Branch(
              at == null ? b.line : at.line(), at == null ? b.column : at.column(), b.whenTrue.get(), b.whenFalse.get()));
        }
      });
    });
    List<CoverageSnapshot.FileData> out = new ArrayList<>();
    lines.forEach((path, hits) -> {
      List<CoverageSnapshot.Branch> list = branches.getOrDefault(path, new ArrayList<>());
      list.sort(java.util.Comparator.comparingInt(CoverageSnapshot.Branch::line)
          .thenComparingInt(CoverageSnapshot.Branch::column));
      out.add(new CoverageSnapshot.FileData(path, hits, list));
    });
    return new CoverageSnapshot(out);
  }

  private Class<? extends Tag> branchTag() {
    LanguageInfo js = env.getLanguages().get("js");
    return js == null ? null : Tag.findProvidedTag(js, BRANCH_TAG);
  }

  private boolean counts(Source source) {
    String path = source.getPath();
    if (path == null || source.isInternal() || source.getName().startsWith("miniflare4j:")) {
      return false;
    }
    return included.computeIfAbsent(path, p -> SCRIPT_FILE.matcher(p).find() && Files.isRegularFile(Path.of(p)) && filter.test(p));
  }

  private StatementCounter statement(SourceSection section) {
    FileCounters counters = files.computeIfAbsent(section.getSource().getPath(), p -> new FileCounters());
    return counters.statements.computeIfAbsent(key(section), k -> new StatementCounter(section.getStartLine()));
  }

  private ExecutionEventNode conditionNode(EventContext context) {
    if (!isCondition(context)) {
      return null;
    }
    SourceSection section = context.getInstrumentedSourceSection();
    FileCounters counters = files.computeIfAbsent(section.getSource().getPath(), p -> new FileCounters());
    BranchCounter counter = counters.branches.computeIfAbsent(key(section),
        k -> new BranchCounter(section.getStartLine(), section.getStartColumn()));
    return new ConditionNode(counter);
  }

  /** GraalJS tags conditions, but also break, continue, return and throw: keep the conditions. */
  @TruffleBoundary
  private static boolean isCondition(EventContext context) {
    Object node = context.getNodeObject();
    if (node == null) {
      return false;
    }
    InteropLibrary interop = InteropLibrary.getUncached();
    try {
      if (!interop.isMemberReadable(node, "type")) {
        return false;
      }
      Object type = interop.readMember(node, "type");
      return interop.isString(type) && "Condition".equals(interop.asString(type));
    } catch (UnsupportedMessageException | com.oracle.truffle.api.interop.UnknownIdentifierException e) {
      return false;
    }
  }

  private static long key(SourceSection section) {
    return ((long) section.getCharIndex() << 32) | (section.getCharLength() & 0xffffffffL);
  }

  /** Counts the entries of one statement. */
  private static final class StatementNode extends ExecutionEventNode {
    private final StatementCounter counter;

    StatementNode(StatementCounter counter) {
      this.counter = counter;
    }

    @Override
    protected void onEnter(VirtualFrame frame) {
      bump(counter.hits);
    }
  }

  /** Counts the outcomes of one condition. */
  private static final class ConditionNode extends ExecutionEventNode {
    private final BranchCounter counter;

    ConditionNode(BranchCounter counter) {
      this.counter = counter;
    }

    @Override
    protected void onReturnValue(VirtualFrame frame, Object result) {
      bump(truthy(result) ? counter.whenTrue : counter.whenFalse);
    }
  }

  @TruffleBoundary
  private static void bump(AtomicLong counter) {
    counter.incrementAndGet();
  }

  /** JavaScript's ToBoolean for the values a condition yields (GraalJS conditions are usually booleans already). */
  @TruffleBoundary
  static boolean truthy(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return d != 0 && !Double.isNaN(d);
    }
    if (value instanceof CharSequence s) {
      return s.length() > 0;
    }
    InteropLibrary interop = InteropLibrary.getUncached();
    if (interop.isNull(value)) {
      return false;
    }
    try {
      if (interop.isBoolean(value)) {
        return interop.asBoolean(value);
      }
      if (interop.isString(value)) {
        return !interop.asString(value).isEmpty();
      }
      if (interop.fitsInDouble(value)) {
        double d = interop.asDouble(value);
        return d != 0 && !Double.isNaN(d);
      }
    } catch (UnsupportedMessageException e) {
      return true;
    }
    return true;
  }
}
