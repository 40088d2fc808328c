package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.junit.MockModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Applies a test class's {@link MockModule}s to its workers' options. */
final class ModuleMocks {

  private ModuleMocks() {}

  /**
   * Adds each mock to its worker.
   *
   * @param testClass the class carrying the annotations
   * @param workers the class's workers by name, the entry worker first
   * @return what tells the mocks apart in the instance cache's key
   * @throws ExtensionConfigurationException for a mock naming no worker, setting neither or both
   *     of {@code source} and {@code resource}, or whose resource cannot be read
   */
  static List<String> apply(Class<?> testClass, Map<String, WorkerOptions.Builder> workers) {
    List<String> keys = new ArrayList<>();
    for (MockModule mock : AnnotationSupport.findRepeatableAnnotations(testClass, MockModule.class)) {
      String target = mock.worker().isEmpty() ? workers.keySet().iterator().next() : mock.worker();
      WorkerOptions.Builder worker = workers.get(target);
      if (worker == null) {
        throw new ExtensionConfigurationException(describe(mock, testClass) + " names no worker of the class; its workers are "
            + workers.keySet());
      }
      if (mock.source().isEmpty() == mock.resource().isEmpty()) {
        throw new ExtensionConfigurationException(describe(mock, testClass)
            + " must set exactly one of source (the mock's code) and resource (a file holding it)");
      }
      String source = mock.source().isEmpty() ? read(mock, testClass) : mock.source();
      worker.mockModule(mock.value(), source);
      keys.add("mock:" + target + ":" + mock.value() + ":" + source);
    }
    return keys;
  }

  private static String read(MockModule mock, Class<?> testClass) {
    String location = mock.resource();
    try {
      if (location.startsWith("classpath:")) {
        String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
        try (InputStream in = testClass.getClassLoader().getResourceAsStream(resource)) {
          if (in == null) {
            throw new ExtensionConfigurationException(describe(mock, testClass) + ": no resource " + resource
                + " on the class path; put the file under src/test/resources/" + resource);
          }
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return Files.readString(Path.of(location));
    } catch (IOException e) {
      throw new ExtensionConfigurationException(describe(mock, testClass) + ": cannot read " + location + " (" + e + ")", e);
    }
  }

  private static String describe(MockModule mock, Class<?> testClass) {
    return "@MockModule(\"" + mock.value() + "\") on " + testClass.getName();
  }
}
