package io.github.miniflare4j.coverage;

import io.github.miniflare4j.coverage.internal.CoverageSession;
import io.github.miniflare4j.coverage.internal.CoverageSnapshot;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Worker coverage at one moment: per source file, hits by line and the branches taken. Files are
 * named by their path on disk; TypeScript files by the {@code .ts} file (lines are kept when
 * types are stripped) and pre-bundled files with a source map by their original sources.
 * Immutable.
 */
public final class CoverageReport {

  private final CoverageSnapshot snapshot;

  CoverageReport(CoverageSnapshot snapshot) {
    this.snapshot = snapshot;
  }

  /**
   * The covered files.
   *
   * @return their paths, sorted
   */
  public Set<String> files() {
    Set<String> out = new LinkedHashSet<>();
    snapshot.files().forEach(f -> out.add(f.path()));
    return out;
  }

  /**
   * Hits by line of one file, for every line holding a statement.
   *
   * @param path a path from {@link #files()}
   * @return hits by line (0 for lines that never ran); empty when the file is not covered
   */
  public SortedMap<Integer, Long> lineHits(String path) {
    return file(path).map(f -> java.util.Collections.unmodifiableSortedMap(f.lines()))
        .orElse(java.util.Collections.emptySortedMap());
  }

  /**
   * Branches of one file: the outcomes of each condition by its {@code line:column}.
   *
   * @param path a path from {@link #files()}
   * @return {@code [times true, times false]} by {@code "line:column"}, in source order
   */
  public Map<String, long[]> branches(String path) {
    Map<String, long[]> out = new java.util.LinkedHashMap<>();
    file(path).ifPresent(f -> f.branches().forEach(b ->
        out.put(b.line() + ":" + b.column(), new long[] {b.whenTrue(), b.whenFalse()})));
    return out;
  }

  /**
   * The report in LCOV format, as CI coverage tools read it.
   *
   * @return the text of {@code lcov.info}
   */
  public String lcov() {
    return snapshot.lcov();
  }

  /**
   * A text table of lines and branches covered, per file and in total.
   *
   * @return the summary
   */
  public String summary() {
    return snapshot.summary();
  }

  /**
   * Writes {@code lcov.info} and {@code summary.txt}.
   *
   * @param dir the directory, created when needed
   * @return the path of {@code lcov.info}
   */
  public Path writeTo(Path dir) {
    return CoverageSession.write(snapshot, dir);
  }

  private java.util.Optional<CoverageSnapshot.FileData> file(String path) {
    return snapshot.files().stream().filter(f -> f.path().equals(path)).findFirst();
  }
}
