package io.github.miniflare4j.images.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Miniflare's local images service ({@code imagesLocalFetcher}, which runs sharp) in Java: the
 * {@code /info} and {@code /transform} answers, with Miniflare's codes and messages. Pixels are
 * decoded and encoded by {@link ImageCodec}, so WebP, AVIF and SVG input cannot be transformed
 * and AVIF output cannot be made; those are refused with a message naming the limit.
 * Stateless and thread-safe.
 */
public final class LocalImagesService {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EMPTY_INPUT = "Error: Input bit Array is empty";
  private static final String UNKNOWN_INPUT = "Error: Input buffer contains unsupported image format";
  private static final String BAD_TRANSFORMS =
      "ERROR: Internal Images binding error: Expected JSON array of valid transforms in transforms field";
  private static final List<String> CHECKED_MEMBERS = List.of("imageIndex", "rotate", "width", "height");
  /** The largest output miniflare4j makes (sharp's default input pixel limit). */
  private static final long MAX_PIXELS = 0x3FFFL * 0x3FFFL;

  /**
   * {@code info()}: the format, size and dimensions of an image.
   *
   * @param image the image bytes
   * @return JSON {@code {format, fileSize, width, height}} ({@code {format}} for SVG), or a refusal
   */
  public ImagesReply info(byte[] image) {
    if (image.length == 0) {
      return ImagesReply.failed(EMPTY_INPUT);
    }
    ImageFormat format = ImageFormat.of(image);
    if (format.name() == null) {
      return ImagesReply.failed(UNKNOWN_INPUT);
    }
    String mime = format.mimeType();
    if (mime == null) {
      return ImagesReply.refused(415, 9520, "ERROR: Unsupported image type " + format.name()
          + ", expected one of: JPEG, SVG, PNG, WebP, GIF or AVIF");
    }
    ObjectNode json = JSON.createObjectNode().put("format", mime);
    if (!"svg".equals(format.name())) {
      int width = format.width();
      int height = format.height();
      if (width <= 0 || height <= 0) {
        Pixels decoded = ImageCodec.decode(image);
        width = decoded == null ? 0 : decoded.width();
        height = decoded == null ? 0 : decoded.height();
      }
      if (width <= 0 || height <= 0) {
        return ImagesReply.refused(500, 9523, "ERROR: Internal Images binding error: Expected size, width and height for bitmap input");
      }
      json.put("fileSize", image.length).put("width", width).put("height", height);
    }
    return ImagesReply.ok("application/json", json.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code output()}: applies the transforms of image 0 and encodes.
   *
   * @param image the input bytes
   * @param transformsJson the {@code transforms} form field (workerd's JSON array), or {@code null}
   * @param outputFormat the {@code output_format} form field, or {@code null}
   * @return the encoded image with its content type, or a refusal
   */
  public ImagesReply transform(byte[] image, String transformsJson, String outputFormat) {
    if (image.length == 0) {
      return ImagesReply.failed(EMPTY_INPUT);
    }
    List<JsonNode> transforms = validTransforms(transformsJson);
    if (transforms == null) {
      return ImagesReply.refused(400, 9523, BAD_TRANSFORMS);
    }
    ImageOperations operations = new ImageOperations();
    for (JsonNode t : transforms) {
      JsonNode index = t.get("imageIndex");
      if (index != null && index.asDouble() != 0) {
        continue;
      }
      if (t.has("rotate")) {
        operations.rotate(t.get("rotate").asDouble());
      }
      if (t.has("width") || t.has("height")) {
        String problem = operations.resize(size(t.get("width")), size(t.get("height")));
        if (problem != null) {
          return ImagesReply.failed(problem);
        }
      }
    }
    ImageFormat input = ImageFormat.of(image);
    String encoder;
    String contentType = outputFormat;
    switch (outputFormat == null ? "" : outputFormat) {
      case "image/jpeg" -> encoder = "jpeg";
      case "image/png" -> encoder = "png";
      case "image/gif" -> {
        return ImagesReply.refused(415, 9520, "ERROR: GIF output is not supported in local mode");
      }
      case "rgb", "rgba" -> {
        return ImagesReply.refused(415, 9520, "ERROR: RGB/RGBA output is not supported in local mode");
      }
      case "image/webp" -> encoder = "webp";
      case "image/avif" -> {
        return ImagesReply.refused(415, 9520, "ERROR: " + outputFormat + " output is not supported by miniflare4j"
            + " (the JDK has no encoder for it); ask for image/png or image/jpeg");
      }
      default -> {
        // Miniflare labels the answer image/jpeg but sharp keeps the input's format
        contentType = "image/jpeg";
        encoder = input.name();
      }
    }
    if (input.name() == null) {
      // sharp fails while streaming: the answer has its headers and no bytes
      return ImagesReply.ok(contentType, new byte[0]);
    }
    if (!decodable(input.name())) {
      return ImagesReply.refused(415, 9520, "ERROR: " + describe(input.name()) + " input cannot be transformed by miniflare4j"
          + " (the JDK has no decoder for it); use PNG, JPEG or GIF images");
    }
    Pixels decoded = ImageCodec.decode(image);
    if (decoded == null) {
      return ImagesReply.ok(contentType, new byte[0]);
    }
    Pixels result = operations.apply(decoded, "jpeg".equals(input.name()));
    if ("webp".equals(encoder) && Math.max(result.width(), result.height()) > WebpLosslessEncoder.MAX_SIDE) {
      return ImagesReply.failed("Error: Processed image is too large for the WebP format");
    }
    if ((long) result.width() * result.height() > MAX_PIXELS) {
      return ImagesReply.failed("Error: Processed image is too large for miniflare4j (" + result.width() + "x" + result.height() + ")");
    }
    return ImagesReply.ok(contentType, ImageCodec.encode(result, encoder));
  }

  private static boolean decodable(String format) {
    return format.equals("jpeg") || format.equals("png") || format.equals("gif") || format.equals("tiff");
  }

  private static String describe(String format) {
    return switch (format) {
      case "webp" -> "WebP";
      case "heif" -> "AVIF/HEIF";
      case "svg" -> "SVG";
      default -> format;
    };
  }

  /** {@code transform.width || null}: absent and 0 are no size. */
  private static Double size(JsonNode value) {
    if (value == null || value.asDouble() == 0) {
      return null;
    }
    return value.asDouble();
  }

  /** Miniflare's check: a JSON array whose items' checked members are numbers when present. */
  private static List<JsonNode> validTransforms(String json) {
    if (json == null) {
      return null;
    }
    JsonNode parsed;
    try {
      parsed = JSON.readTree(json);
    } catch (IOException e) {
      return null;
    }
    if (parsed == null || !parsed.isArray()) {
      return null;
    }
    List<JsonNode> transforms = new ArrayList<>();
    for (JsonNode t : parsed) {
      if (t.isNull()) {
        return null; // reading a member of null throws in Miniflare
      }
      if (t.isObject()) {
        for (String member : CHECKED_MEMBERS) {
          JsonNode value = t.get(member);
          if (value != null && !value.isNumber()) {
            return null;
          }
        }
        transforms.add(t);
      }
    }
    return transforms;
  }
}
