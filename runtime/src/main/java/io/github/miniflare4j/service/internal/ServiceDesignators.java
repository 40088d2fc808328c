package io.github.miniflare4j.service.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.plugin.OptionReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads Miniflare's service designators that name no worker, as JSON can give them (in {@code
 * serviceBindings} and {@code outboundService}): {@code { network: {...} }}, {@code { external: {
 * address, http | https } }} and {@code { disk: { path, writable? } }}.
 */
public final class ServiceDesignators {

  private ServiceDesignators() {}

  /**
   * The handler of a designator that names no worker.
   *
   * @param value the designator
   * @param at its reader, for messages
   * @return the handler, or {@code null} when {@code value} is not one of these forms
   * @throws io.github.miniflare4j.MiniflareException {@code ERR_VALIDATION} when one of these forms
   *     has the wrong shape, or a disk service's folder does not exist
   */
  public static FetchHandler outside(JsonNode value, OptionReader at) {
    if (value == null || !value.isObject()) {
      return null;
    }
    if (value.has("network")) {
      at.at("network").requireObject(value.get("network"));
      return NetworkServices.network();
    }
    if (value.has("external")) {
      JsonNode external = value.get("external");
      OptionReader ext = at.at("external");
      ext.requireObject(external);
      String address = ext.at("address").text(external.get("address"));
      return NetworkServices.external(address, external.has("https") && !external.has("http"));
    }
    if (value.has("disk")) {
      JsonNode disk = value.get("disk");
      OptionReader d = at.at("disk");
      d.requireObject(disk);
      Path path = Path.of(d.at("path").text(disk.get("path")));
      JsonNode writable = disk.get("writable");
      if (writable != null && !writable.isNull() && !writable.isBoolean()) {
        throw d.at("writable").invalid("must be true or false, was " + writable);
      }
      if (!Files.isDirectory(path)) {
        // Miniflare's runtime fails to start (ERR_RUNTIME_FAILURE) on a folder that does not exist
        throw d.at("path").invalid("must name an existing folder, was " + path.toAbsolutePath());
      }
      return new DiskDirectoryService(path, writable != null && writable.asBoolean());
    }
    return null;
  }
}
