package io.github.miniflare4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One JVM configuration the {@code cold} group starts its children with: the defaults, and the
 * configurations the README's "Faster test runs" section documents for test suites (C1 only, a
 * class-data archive on JDK 17, the ahead-of-time cache of JDK 25). A setup with a cache first
 * has it written by one training run ({@link #train}), which is never measured.
 *
 * @param label the suffix of the figures' keys ({@code cold.first_response[label]}); empty for
 *     the defaults, whose keys stay {@code cold.*}
 * @param java the {@code java} launcher
 * @param options JVM options of the measured runs
 * @param training JVM options of the training run, or an empty list when the setup needs none
 */
record JvmSetup(String label, String java, List<String> options, List<String> training) {

  /** The option that stops HotSpot at its first compiler tier, the README's Surefire snippet. */
  static final String C1 = "-XX:TieredStopAtLevel=1";

  /**
   * The setups of the {@code cold} group: the defaults, C1, C1 with a class-data archive (on a
   * JDK 13 or newer), and, when {@code aotJavaHome} names a JDK 25 or newer, that JDK with C1 and
   * with C1 plus its ahead-of-time cache. {@code only} (comma-separated labels, {@code defaults}
   * for the defaults) keeps some of them.
   *
   * @param base this JVM's options, handed on to every child
   * @param aotJavaHome a JDK 25 home, or {@code null}
   * @param only the labels to keep, or {@code null} for all
   * @param caches the folder for the archives the training runs write
   * @return the setups, defaults first
   */
  static List<JvmSetup> coldStartSetups(List<String> base, String aotJavaHome, String only, Path caches) {
    String java = Bench.javaExecutable();
    List<JvmSetup> setups = new ArrayList<>();
    setups.add(new JvmSetup("", java, base, List.of()));
    setups.add(c1(base));
    if (Runtime.version().feature() >= 13) {
      String archive = caches.resolve("classes.jsa").toString();
      setups.add(new JvmSetup("appcds+c1", java, with(base, C1, "-XX:SharedArchiveFile=" + archive),
          with(base, C1, "-XX:ArchiveClassesAtExit=" + archive)));
    }
    if (aotJavaHome != null && !aotJavaHome.isBlank()) {
      String java25 = Path.of(aotJavaHome, "bin", "java").toString();
      String cache = caches.resolve("cold.aot").toString();
      // without these, JDK 25 warns on standard error about Truffle's native access and Unsafe
      List<String> base25 = with(base, C1, "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
      setups.add(new JvmSetup("jdk25+c1", java25, base25, List.of()));
      setups.add(new JvmSetup("jdk25-aot+c1", java25, with(base25, "-XX:AOTCache=" + cache),
          with(base25, "-XX:AOTCacheOutput=" + cache)));
    }
    if (only == null || only.isBlank()) {
      return setups;
    }
    List<String> wanted = List.of(only.toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
    List<JvmSetup> kept = new ArrayList<>();
    for (JvmSetup setup : setups) {
      if (wanted.contains(setup.label().isEmpty() ? "defaults" : setup.label())) {
        kept.add(setup);
      }
    }
    if (kept.isEmpty()) {
      throw new IllegalArgumentException("BENCH_COLD_SETUPS=" + only + " names none of the setups "
          + setups.stream().map(s -> s.label().isEmpty() ? "defaults" : s.label()).toList());
    }
    return kept;
  }

  /**
   * C1 only, on this JVM's launcher: the README's Surefire snippet for test suites.
   *
   * @param base this JVM's options, handed on to the child
   * @return the setup labelled {@code c1}
   */
  static JvmSetup c1(List<String> base) {
    return new JvmSetup("c1", Bench.javaExecutable(), with(base, C1), List.of());
  }

  private static List<String> with(List<String> base, String... more) {
    List<String> options = new ArrayList<>(base);
    options.addAll(List.of(more));
    return List.copyOf(options);
  }

  /** The key of a figure of this setup: {@code cold.first_response} or {@code cold.first_response[c1]}. */
  String key(String figure) {
    return label.isEmpty() ? figure : figure + "[" + label + "]";
  }

  /** The command line of a child running {@code mainClass} with these options (or the training ones). */
  List<String> command(boolean training, String classPath, String mainClass) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(training ? this.training : options);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    return command;
  }

  /**
   * Writes the setup's archive with one training run of {@code mainClass}, when it has one.
   *
   * @throws IllegalStateException when the training run fails
   */
  void train(String classPath, String mainClass) throws IOException, InterruptedException {
    if (training.isEmpty()) {
      return;
    }
    Path log = Files.createTempFile("miniflare4j-bench-training", ".log");
    try {
      int code = new ProcessBuilder(command(true, classPath, mainClass)).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start().waitFor();
      if (code != 0) {
        throw new IllegalStateException("training run of the " + label + " setup exited with " + code + ":\n"
            + Files.readString(log));
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
