package io.github.miniflare4j.junit.spi;

import io.github.miniflare4j.Miniflare;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What a {@link SeedProvider} gets to apply one annotation: the test class, the running
 * instance, bindings by type, and seed files by location. A location is either {@code
 * classpath:<resource>} (a resource of the test class path, in a folder or a jar) or a
 * file-system path, relative to the working directory.
 */
public interface SeedContext {

  /**
   * The class the annotation was found on.
   *
   * @return the test class
   */
  Class<?> testClass();

  /**
   * The instance the class's tests use.
   *
   * @return the running instance
   */
  Miniflare miniflare();

  /**
   * A Java handle on a binding, as {@code Miniflare.getBinding} gives it.
   *
   * @param type the handle type of the binding's kind
   * @param worker the worker's name, or {@code ""} for the entry worker
   * @param binding the binding name
   * @param <T> the handle type
   * @return the handle
   * @throws ExtensionConfigurationException when there is no such worker or binding
   */
  <T> T binding(Class<T> type, String worker, String binding);

  /**
   * Opens a seed file.
   *
   * @param attribute the annotation attribute that names it, for the error message
   * @param location {@code classpath:<resource>} or a path
   * @return the content; close it
   * @throws ExtensionConfigurationException when there is no such file, saying where to put it
   */
  InputStream open(String attribute, String location);

  /**
   * Runs an action on a seed folder; the path is valid during the action only (a folder inside a
   * jar is read through the jar's file system).
   *
   * @param attribute the annotation attribute that names it, for the error message
   * @param location {@code classpath:<folder>} or a path
   * @param action what to do with the folder
   * @throws ExtensionConfigurationException when there is no such folder, saying where to put it,
   *     or when the action fails with an {@link IOException}
   */
  void withFolder(String attribute, String location, FolderAction action);

  /**
   * The error that reports a problem with the annotation: {@code <annotation> on <class> cannot
   * be applied: <problem>}.
   *
   * @param problem what is wrong and how to fix it
   * @return the exception, to throw
   */
  ExtensionConfigurationException failure(String problem);

  /** Work on a folder, which may fail with an {@link IOException}. */
  @FunctionalInterface
  interface FolderAction {

    /**
     * Does the work.
     *
     * @param folder the folder
     * @throws IOException when reading fails
     */
    void accept(Path folder) throws IOException;
  }
}
