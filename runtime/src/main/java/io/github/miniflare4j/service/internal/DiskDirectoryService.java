package io.github.miniflare4j.service.internal;

import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Miniflare's {@code { disk: { path, writable } }} service: workerd's disk directory service over
 * a folder (recorded). {@code GET}/{@code HEAD} of a file answers its bytes as {@code
 * application/octet-stream} with {@code last-modified}; of a folder, a JSON array of {@code {name,
 * type}}; a missing path {@code 404 Not Found}. When writable, {@code PUT} writes a file (creating
 * its folders, replacing a folder) and {@code DELETE} removes a file or a whole folder, both {@code
 * 204}; else both are {@code 405 Method Not Allowed}. Other methods are {@code 501 Not
 * Implemented}. The URL's path is decoded and normalised, and never leaves the folder.
 */
public final class DiskDirectoryService implements FetchHandler {

  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final Path root;
  private final boolean writable;

  /**
   * A service over a folder.
   *
   * @param root the folder; must exist
   * @param writable whether {@code PUT} and {@code DELETE} are allowed
   */
  public DiskDirectoryService(Path root, boolean writable) {
    this.root = root.toAbsolutePath().normalize();
    this.writable = writable;
  }

  @Override
  public FetchResponse handle(FetchRequest request) throws IOException {
    Path target = resolve(request.url());
    if (target == null) {
      return plain(404, "Not Found");
    }
    return switch (request.method()) {
      case "GET", "HEAD" -> read(target, request.method().equals("HEAD"));
      case "PUT" -> {
        if (!writable) {
          yield plain(405, "Method Not Allowed");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
          deleteTree(target);
        }
        Files.createDirectories(target.getParent());
        Files.write(target, request.body());
        yield FetchResponse.builder().status(204).build();
      }
      case "DELETE" -> {
        if (!writable) {
          yield plain(405, "Method Not Allowed");
        }
        if (target.equals(root) || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          yield plain(404, "Not Found");
        }
        deleteTree(target);
        yield FetchResponse.builder().status(204).build();
      }
      default -> plain(501, "Not Implemented");
    };
  }

  private FetchResponse read(Path target, boolean head) throws IOException {
    if (Files.isRegularFile(target)) {
      byte[] bytes = Files.readAllBytes(target);
      return FetchResponse.builder()
          .header("content-length", Integer.toString(bytes.length))
          .header("content-type", "application/octet-stream")
          .header("last-modified", lastModified(target))
          .body(head ? new byte[0] : bytes)
          .build();
    }
    if (Files.isDirectory(target)) {
      List<String> entries = new ArrayList<>();
      try (Stream<Path> children = Files.list(target)) {
        children.sorted(Comparator.comparing(p -> p.getFileName().toString())).forEach(child ->
            entries.add("{\"name\":" + jsonString(child.getFileName().toString()) + ",\"type\":\""
                + (Files.isDirectory(child) ? "directory" : "file") + "\"}"));
      }
      return FetchResponse.builder()
          .header("content-type", "application/json")
          .header("last-modified", lastModified(target))
          .body(head ? new byte[0] : ("[" + String.join(",", entries) + "]").getBytes(StandardCharsets.UTF_8))
          .build();
    }
    return plain(404, "Not Found");
  }

  /** The file the URL's path names under the root ({@code ..} stops there), or {@code null} for none. */
  private Path resolve(String url) {
    String rawPath = URI.create(url).getRawPath();
    Path target = root;
    for (String segment : (rawPath == null ? "" : rawPath).split("/")) {
      String name = java.net.URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
      if (name.isEmpty() || name.equals(".")) {
        continue;
      }
      if (name.equals("..")) {
        target = target.equals(root) ? root : target.getParent();
      } else if (!name.contains("/") && !name.contains("\0")) {
        target = target.resolve(name);
      } else {
        return null; // an encoded separator names no file
      }
    }
    return target;
  }

  private static String lastModified(Path path) throws IOException {
    FileTime time = Files.getLastModifiedTime(path);
    return HTTP_DATE.format(time.toInstant());
  }

  private static void deleteTree(Path path) throws IOException {
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> children = Files.list(path)) {
        for (Path child : children.toList()) {
          deleteTree(child);
        }
      }
    }
    Files.delete(path);
  }

  private static FetchResponse plain(int status, String text) {
    return FetchResponse.builder().status(status).body(text.getBytes(StandardCharsets.UTF_8)).build();
  }

  private static String jsonString(String text) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
  }
}
