package io.github.miniflare4j.kv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.WorkerModule;
import io.github.miniflare4j.engine.ModuleBinding;
import io.github.miniflare4j.engine.WorkerIsolate;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A site's {@code __STATIC_CONTENT_MANIFEST}: the JSON text of each file's path to its key, a
 * Text module a modules-format worker imports, the parsed object a service-worker script sees
 * as a global.
 */
final class SiteManifestBinding implements ModuleBinding {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String json;

  SiteManifestBinding(Map<String, String> manifest) {
    try {
      this.json = JSON.writeValueAsString(manifest);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String name() {
    return WorkersSite.MANIFEST;
  }

  @Override
  public String kind() {
    return "json";
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    return json;
  }

  @Override
  public WorkerModule module() {
    return WorkerModule.text(WorkersSite.MANIFEST, json);
  }
}
