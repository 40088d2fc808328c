package io.github.miniflare4j.junit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A {@code classpath:} worker file as a file on disk. A resource in a directory is used where it
 * is; a resource inside a jar is extracted together with its project: the nearest enclosing jar
 * directory that holds {@code package.json}, {@code node_modules}, {@code tsconfig.json} or a
 * Wrangler file (else the resource's own directory), with everything under it, so that sibling
 * modules, TypeScript and packages load as from a checkout. Extractions live under {@code
 * <java.io.tmpdir>/miniflare4j-classpath/<hash of the jar, its size and time, and the directory>}
 * and are reused by later runs while the jar is unchanged. Thread-safe.
 */
final class ClasspathProjects {

  private static final List<String> PROJECT_MARKERS =
      List.of("package.json", "node_modules/", "tsconfig.json", "wrangler.toml", "wrangler.json", "wrangler.jsonc");
  private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();

  private ClasspathProjects() {}

  /**
   * The file behind a class-path resource.
   *
   * @param url the resource's URL ({@code file:} or {@code jar:file:})
   * @return the file, extracted when it lies in a jar; {@code null} for other kinds of URL
   * @throws UncheckedIOException when the jar cannot be read or the files cannot be written
   */
  static Path file(URL url) {
    try {
      if ("file".equals(url.getProtocol())) {
        return Path.of(url.toURI());
      }
      if (!"jar".equals(url.getProtocol())) {
        return null;
      }
      JarURLConnection connection = (JarURLConnection) url.openConnection();
      connection.setUseCaches(false);
      URL jarUrl = connection.getJarFileURL();
      if (!"file".equals(jarUrl.getProtocol())) {
        return null;
      }
      Path jar = Path.of(jarUrl.toURI());
      String entry = connection.getEntryName();
      try (JarFile jarFile = new JarFile(jar.toFile())) {
        String root = projectDirectory(jarFile, entry);
        Path extracted = extracted(jar, jarFile, root);
        return extracted.resolve(entry.substring(root.length()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the class-path resource " + url + ": " + e, e);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a file URL: " + url, e);
    }
  }

  /** The jar directory (ending with "/", or "" for the jar's root) whose tree is extracted. */
  private static String projectDirectory(JarFile jar, String entry) {
    int slash = entry.lastIndexOf('/');
    String own = slash < 0 ? "" : entry.substring(0, slash + 1);
    for (String dir = own; ; ) {
      for (String marker : PROJECT_MARKERS) {
        if (jar.getEntry(dir + marker) != null) {
          return dir;
        }
      }
      if (dir.isEmpty()) {
        return own;
      }
      int up = dir.lastIndexOf('/', dir.length() - 2);
      dir = up < 0 ? "" : dir.substring(0, up + 1);
    }
  }

  private static Path extracted(Path jar, JarFile jarFile, String root) throws IOException {
    String key = jar.toAbsolutePath() + "\0" + Files.size(jar) + "\0" + Files.getLastModifiedTime(jar).toMillis() + "\0" + root;
    Path cached = EXTRACTED.get(key);
    if (cached != null && Files.isDirectory(cached)) {
      return cached;
    }
    Path base = Path.of(System.getProperty("java.io.tmpdir"), "miniflare4j-classpath");
    Path target = base.resolve(hash(key));
    if (!Files.isDirectory(target)) {
      Files.createDirectories(base);
      Path partial = Files.createTempDirectory(base, "partial-");
      for (Enumeration<JarEntry> entries = jarFile.entries(); entries.hasMoreElements(); ) {
        JarEntry e = entries.nextElement();
        if (!e.getName().startsWith(root) || e.getName().length() == root.length()) {
          continue;
        }
        Path out = partial.resolve(e.getName().substring(root.length())).normalize();
        if (!out.startsWith(partial)) {
          continue; // an entry climbing out of the directory ("../") is not extracted
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          try (InputStream in = jarFile.getInputStream(e)) {
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      try {
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
        // another JVM extracted the same tree first: use its copy
        deleteTree(partial);
      }
    }
    EXTRACTED.put(key, target);
    return target;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static String hash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
