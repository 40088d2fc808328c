package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.d1.D1Database;
import io.github.miniflare4j.d1.D1Exception;
import io.github.miniflare4j.junit.D1Seed;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/** Applies the migrations and SQL scripts named by a class's {@link D1Seed}s. */
final class D1SeedLoader {

  private static final String CLASSPATH = "classpath:";

  private D1SeedLoader() {}

  /** Applies the seeds declared on the class itself, in declaration order. */
  static void apply(Class<?> testClass, Miniflare miniflare) {
    List<D1Seed> seeds = AnnotationSupport.findRepeatableAnnotations(testClass, D1Seed.class);
    for (D1Seed seed : seeds) {
      D1Database db = database(testClass, miniflare, seed);
      try {
        if (!seed.migrations().isEmpty()) {
          applyMigrations(testClass, seed, db);
        }
        for (String script : seed.sql()) {
          db.exec(read(testClass, seed, script));
        }
      } catch (D1Exception e) {
        throw new ExtensionConfigurationException(message(testClass, seed, e.getMessage()), e);
      }
    }
  }

  private static void applyMigrations(Class<?> testClass, D1Seed seed, D1Database db) {
    String location = seed.migrations();
    if (location.equals(D1Seed.CONFIGURED)) {
      db.applyMigrations();
      return;
    }
    if (!location.startsWith(CLASSPATH)) {
      db.applyMigrations(Path.of(location));
      return;
    }
    URL url = testClass.getClassLoader().getResource(resource(location));
    if (url == null) {
      throw new ExtensionConfigurationException(message(testClass, seed, "migrations \"" + location
          + "\" names no folder on the class path; put the .sql files under src/test/resources/" + resource(location)));
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        db.applyMigrations(Path.of(uri));
        return;
      }
      FileSystem open = openJar(uri);
      if (open != null) {
        db.applyMigrations(open.provider().getPath(uri)); // opened by someone else: left open
        return;
      }
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        db.applyMigrations(jar.provider().getPath(uri));
      }
    } catch (URISyntaxException | IOException e) {
      throw new ExtensionConfigurationException(message(testClass, seed, "cannot read migrations " + url + ": " + e.getMessage()), e);
    }
  }

  /** The jar's file system when it is open already, else {@code null}. */
  private static FileSystem openJar(URI uri) {
    try {
      return FileSystems.getFileSystem(uri);
    } catch (FileSystemNotFoundException e) {
      return null;
    }
  }

  private static String read(Class<?> testClass, D1Seed seed, String location) {
    try {
      if (!location.startsWith(CLASSPATH)) {
        return Files.readString(Path.of(location), StandardCharsets.UTF_8);
      }
      try (InputStream in = testClass.getClassLoader().getResourceAsStream(resource(location))) {
        if (in == null) {
          throw new ExtensionConfigurationException(message(testClass, seed, "sql \"" + location
              + "\" names no resource on the class path; put the file under src/test/resources/" + resource(location)));
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new ExtensionConfigurationException(message(testClass, seed, "cannot read " + location + ": " + e.getMessage()), e);
    }
  }

  private static String resource(String location) {
    return location.substring(CLASSPATH.length()).replaceFirst("^/", "");
  }

  private static D1Database database(Class<?> testClass, Miniflare miniflare, D1Seed seed) {
    try {
      return seed.worker().isEmpty()
          ? miniflare.getBinding(D1Database.class, seed.binding())
          : miniflare.getBinding(D1Database.class, seed.worker(), seed.binding());
    } catch (MiniflareException e) {
      throw new ExtensionConfigurationException(message(testClass, seed, e.getMessage()), e);
    }
  }

  private static String message(Class<?> testClass, D1Seed seed, String problem) {
    return "@D1Seed(binding = \"" + seed.binding() + "\") on " + testClass.getName() + " cannot be applied: " + problem;
  }
}
