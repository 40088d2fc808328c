package io.github.miniflare4j.internal;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of a file by its extension, as the {@code mime} database Wrangler and
 * Miniflare use gives it; {@code text/*} types get {@code ; charset=utf-8}. One table for every
 * kind that types files: static assets and R2 buckets seeded from a folder.
 */
public final class ContentTypes {

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("html", "text/html"), Map.entry("htm", "text/html"), Map.entry("shtml", "text/html"),
      Map.entry("css", "text/css"), Map.entry("js", "text/javascript"), Map.entry("mjs", "text/javascript"),
      Map.entry("cjs", "application/node"), Map.entry("json", "application/json"), Map.entry("map", "application/json"),
      Map.entry("jsonld", "application/ld+json"), Map.entry("webmanifest", "application/manifest+json"),
      Map.entry("txt", "text/plain"), Map.entry("text", "text/plain"), Map.entry("log", "text/plain"),
      Map.entry("ini", "text/plain"), Map.entry("conf", "text/plain"), Map.entry("md", "text/markdown"),
      Map.entry("markdown", "text/markdown"), Map.entry("csv", "text/csv"), Map.entry("tsv", "text/tab-separated-values"),
      Map.entry("xml", "application/xml"), Map.entry("xsl", "application/xml"), Map.entry("rss", "application/rss+xml"),
      Map.entry("atom", "application/atom+xml"), Map.entry("yaml", "text/yaml"), Map.entry("yml", "text/yaml"),
      Map.entry("ics", "text/calendar"), Map.entry("vtt", "text/vtt"), Map.entry("jsx", "text/jsx"),
      Map.entry("svg", "image/svg+xml"), Map.entry("svgz", "image/svg+xml"), Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("jpe", "image/jpeg"),
      Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
      Map.entry("ico", "image/vnd.microsoft.icon"), Map.entry("bmp", "image/bmp"), Map.entry("tif", "image/tiff"),
      Map.entry("tiff", "image/tiff"), Map.entry("apng", "image/apng"), Map.entry("heic", "image/heic"),
      Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
      Map.entry("otf", "font/otf"), Map.entry("eot", "application/vnd.ms-fontobject"),
      Map.entry("wasm", "application/wasm"), Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"),
      Map.entry("gz", "application/gzip"), Map.entry("tar", "application/x-tar"), Map.entry("br", "application/x-brotli"),
      Map.entry("mp3", "audio/mpeg"), Map.entry("wav", "audio/wav"), Map.entry("ogg", "audio/ogg"),
      Map.entry("oga", "audio/ogg"), Map.entry("m4a", "audio/mp4"), Map.entry("aac", "audio/aac"),
      Map.entry("flac", "audio/flac"), Map.entry("weba", "audio/webm"), Map.entry("mp4", "video/mp4"),
      Map.entry("m4v", "video/mp4"), Map.entry("webm", "video/webm"), Map.entry("ogv", "video/ogg"),
      Map.entry("mov", "video/quicktime"), Map.entry("avi", "video/x-msvideo"), Map.entry("mpeg", "video/mpeg"),
      Map.entry("bin", "application/octet-stream"), Map.entry("exe", "application/octet-stream"),
      Map.entry("dll", "application/octet-stream"), Map.entry("txtpb", "text/plain"),
      Map.entry("xhtml", "application/xhtml+xml"), Map.entry("rtf", "text/rtf"), Map.entry("ts", "video/mp2t"),
      Map.entry("doc", "application/msword"), Map.entry("xls", "application/vnd.ms-excel"),
      Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
      Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

  private ContentTypes() {}

  /**
   * The type of a file name.
   *
   * @param fileName the name (or path) of the file
   * @return the type, or {@code null} when the extension is unknown (no {@code Content-Type} is sent)
   */
  public static String of(String fileName) {
    int slash = fileName.lastIndexOf('/');
    int dot = fileName.lastIndexOf('.');
    String extension = dot > slash ? fileName.substring(dot + 1) : fileName.substring(slash + 1);
    String type = BY_EXTENSION.get(extension.toLowerCase(Locale.ROOT));
    if (type != null && type.startsWith("text/")) {
      return type + "; charset=utf-8";
    }
    return type;
  }
}
