package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.junit.spi.SeedContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The {@link SeedContext} of one seed annotation on one test class. */
final class ClassSeedContext implements SeedContext {

  private static final String CLASSPATH = "classpath:";

  private final Class<?> testClass;
  private final Miniflare miniflare;
  private final String annotation;

  ClassSeedContext(Class<?> testClass, Miniflare miniflare, String annotation) {
    this.testClass = testClass;
    this.miniflare = miniflare;
    this.annotation = annotation;
  }

  @Override
  public Class<?> testClass() {
    return testClass;
  }

  @Override
  public Miniflare miniflare() {
    return miniflare;
  }

  @Override
  public <T> T binding(Class<T> type, String worker, String binding) {
    try {
      return worker.isEmpty() ? miniflare.getBinding(type, binding) : miniflare.getBinding(type, worker, binding);
    } catch (MiniflareException e) {
      ExtensionConfigurationException failure = failure(e.getMessage());
      failure.initCause(e);
      throw failure;
    }
  }

  @Override
  public InputStream open(String attribute, String location) {
    try {
      if (!location.startsWith(CLASSPATH)) {
        Path file = Path.of(location);
        if (!Files.isRegularFile(file)) {
          throw failure(attribute + " \"" + location + "\" names no file (looked for " + file.toAbsolutePath() + ")");
        }
        return Files.newInputStream(file);
      }
      InputStream in = testClass.getClassLoader().getResourceAsStream(resource(location));
      if (in == null) {
        throw failure(attribute + " \"" + location + "\" names no resource on the class path; put the file under "
            + "src/test/resources/" + resource(location));
      }
      return in;
    } catch (IOException e) {
      throw failure(attribute + " \"" + location + "\" cannot be read: " + e.getMessage());
    }
  }

  @Override
  public void withFolder(String attribute, String location, FolderAction action) {
    try {
      if (!location.startsWith(CLASSPATH)) {
        Path folder = Path.of(location);
        if (!Files.isDirectory(folder)) {
          throw failure(attribute + " \"" + location + "\" names no folder (looked for " + folder.toAbsolutePath() + ")");
        }
        action.accept(folder);
        return;
      }
      URL url = testClass.getClassLoader().getResource(resource(location));
      if (url == null) {
        throw failure(attribute + " \"" + location + "\" names no folder on the class path; put the files under "
            + "src/test/resources/" + resource(location));
      }
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        action.accept(Path.of(uri));
        return;
      }
      FileSystem open = openJar(uri);
      if (open != null) {
        action.accept(open.provider().getPath(uri)); // opened by someone else: left open
        return;
      }
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        action.accept(jar.provider().getPath(uri));
      }
    } catch (URISyntaxException | IOException e) {
      throw failure(attribute + " \"" + location + "\" cannot be read: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw failure(attribute + " \"" + location + "\" cannot be read: " + e.getMessage());
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

  private static String resource(String location) {
    return location.substring(CLASSPATH.length()).replaceFirst("^/", "");
  }

  @Override
  public ExtensionConfigurationException failure(String problem) {
    return new ExtensionConfigurationException(annotation + " on " + testClass.getName() + " cannot be applied: " + problem);
  }
}
