package io.github.miniflare4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list of classes loaded ahead at a cold start matches the class path it ships with. */
class StartupClassesTest {

  @Test
  void the_list_names_the_engine_and_prelude_classes_of_this_class_path() {
    List<String> names = StartupClasses.names();
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      try {
        Class.forName(name, false, StartupClasses.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        missing.add(name);
      }
    }

    assertThat(names).as("startup-classes.txt").hasSizeGreaterThan(1000)
        .contains("com.oracle.truffle.js.parser.GraalJSParserHelper", "io.github.miniflare4j.engine.PreparedContext");
    assertThat(missing.size())
        .as("listed classes missing from the class path (a GraalJS upgrade or renamed classes: regenerate the list"
            + " with bench/write-startup-classes.sh): %s", missing.subList(0, Math.min(20, missing.size())))
        .isLessThan(names.size() / 20);
  }

  @Test
  void loading_ahead_runs_no_static_initializer_and_skips_missing_names() {
    StartupClasses.load(List.of("io.github.miniflare4j.engine.NoSuchClass", Observed.class.getName()),
        StartupClassesTest.class.getClassLoader());

    assertThat(observedInitialized).as("Observed's static initializer ran").isFalse();
  }

  private static volatile boolean observedInitialized;

  /** A class whose initializer would show. */
  static final class Observed {
    static {
      observedInitialized = true;
    }
  }
}
