package io.github.miniflare4j.coverage.internal;

import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * Counted coverage at one moment, by file: hits per line and the outcomes of every condition;
 * renders LCOV (what CI coverage tools read) and a text summary.
 *
 * @param files the files, by path
 */
public record CoverageSnapshot(List<FileData> files) {

  /**
   * One condition: how often it was true and false.
   *
   * @param line its line, from 1
   * @param column its column, from 1
   * @param whenTrue times it was true
   * @param whenFalse times it was false
   */
  public record Branch(int line, int column, long whenTrue, long whenFalse) {}

  /**
   * One file's coverage.
   *
   * @param path the source file
   * @param lines hits by line, for every line holding a statement
   * @param branches its conditions, in source order
   */
  public record FileData(String path, SortedMap<Integer, Long> lines, List<Branch> branches) {

    /**
     * Lines holding a statement.
     *
     * @return the count
     */
    public int linesFound() {
      return lines.size();
    }

    /**
     * Lines whose statements ran at least once.
     *
     * @return the count
     */
    public int linesHit() {
      return (int) lines.values().stream().filter(h -> h > 0).count();
    }

    /**
     * Branches (two per condition).
     *
     * @return the count
     */
    public int branchesFound() {
      return branches.size() * 2;
    }

    /**
     * Branches taken at least once.
     *
     * @return the count
     */
    public int branchesHit() {
      return (int) branches.stream().mapToLong(b -> (b.whenTrue() > 0 ? 1 : 0) + (b.whenFalse() > 0 ? 1 : 0)).sum();
    }
  }

  /**
   * Copies the list.
   *
   * @param files the covered files
   */
  public CoverageSnapshot {
    files = List.copyOf(files);
  }

  /**
   * The LCOV tracefile: one record per file with {@code DA} lines and {@code BRDA} branches (block
   * = the condition's index in the file, branch 0 = true, 1 = false; {@code -} when never evaluated).
   *
   * @return the text of {@code lcov.info}
   */
  public String lcov() {
    StringBuilder out = new StringBuilder();
    for (FileData file : files) {
      out.append("TN:\nSF:").append(file.path()).append('\n');
      file.lines().forEach((line, hits) -> out.append("DA:").append(line).append(',').append(hits).append('\n'));
      out.append("LF:").append(file.linesFound()).append("\nLH:").append(file.linesHit()).append('\n');
      int block = 0;
      for (Branch b : file.branches()) {
        boolean evaluated = b.whenTrue() + b.whenFalse() > 0;
        out.append("BRDA:").append(b.line()).append(',').append(block).append(",0,")
            .append(evaluated ? String.valueOf(b.whenTrue()) : "-").append('\n');
        out.append("BRDA:").append(b.line()).append(',').append(block).append(",1,")
            .append(evaluated ? String.valueOf(b.whenFalse()) : "-").append('\n');
        block++;
      }
      out.append("BRF:").append(file.branchesFound()).append("\nBRH:").append(file.branchesHit()).append('\n');
      out.append("end_of_record\n");
    }
    return out.toString();
  }

  /**
   * A text table: per file and in total, lines and branches covered.
   *
   * @return the summary, one line per file
   */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-8s %-13s %-8s %-13s %s%n", "Lines", "", "Branches", "", "File"));
    int lf = 0;
    int lh = 0;
    int bf = 0;
    int bh = 0;
    for (FileData file : files) {
      out.append(row(file.linesHit(), file.linesFound(), file.branchesHit(), file.branchesFound(), file.path()));
      lf += file.linesFound();
      lh += file.linesHit();
      bf += file.branchesFound();
      bh += file.branchesHit();
    }
    out.append(row(lh, lf, bh, bf, "All files (" + files.size() + ")"));
    return out.toString();
  }

  private static String row(int lh, int lf, int bh, int bf, String name) {
    return String.format(Locale.ROOT, "%-8s %-13s %-8s %-13s %s%n", percent(lh, lf), lh + "/" + lf,
        percent(bh, bf), bh + "/" + bf, name);
  }

  private static String percent(int hit, int found) {
    return found == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * hit / found);
  }
}
