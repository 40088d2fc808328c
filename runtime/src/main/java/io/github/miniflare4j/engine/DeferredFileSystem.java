package io.github.miniflare4j.engine;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The file system of a Context prepared before its worker is known (see {@link
 * SpareContexts}): it serves the built-in modules only until {@link #serve} names the worker's
 * {@link ModuleFileSystem}, which it then delegates every call to. Loop thread only.
 */
final class DeferredFileSystem implements FileSystem {

  private FileSystem target = new ModuleFileSystem(null, Map.of());

  /** Serves the worker's files from now on; called once, before the worker's code runs. */
  void serve(ModuleFileSystem files) {
    this.target = files;
  }

  @Override
  public Path parsePath(URI uri) {
    return target.parsePath(uri);
  }

  @Override
  public Path parsePath(String path) {
    return target.parsePath(path);
  }

  @Override
  public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions)
      throws IOException {
    target.checkAccess(path, modes, linkOptions);
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    target.createDirectory(dir, attrs);
  }

  @Override
  public void delete(Path path) throws IOException {
    target.delete(path);
  }

  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
    return target.newByteChannel(path, options, attrs);
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(
      Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
    return target.newDirectoryStream(dir, filter);
  }

  @Override
  public String getMimeType(Path path) {
    return target.getMimeType(path);
  }

  @Override
  public Path toAbsolutePath(Path path) {
    return target.toAbsolutePath(path);
  }

  @Override
  public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
    return target.toRealPath(path, linkOptions);
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    return target.readAttributes(path, attributes, options);
  }
}
