package io.github.miniflare4j.vars;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.JsonBinding;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.WranglerSection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plain variables: Miniflare's {@code bindings} ({@code {NAME: value}}) and Wrangler's {@code
 * vars} table. Each becomes a JSON value under {@code env}; nothing is stored. Also the blob
 * bindings ({@link BlobDeclaration}): Miniflare's {@code textBlobBindings}, {@code
 * dataBlobBindings} and {@code wasmBindings} ({@code {NAME: path}}, paths relative to the working
 * directory) and Wrangler's {@code text_blobs}, {@code data_blobs} and {@code wasm_modules}
 * (relative to the configuration file), read when the options are.
 */
public final class VarsPlugin implements BindingPlugin {

  private static final Map<String, BlobDeclaration.Type> BLOB_KEYS = Map.of(
      "textBlobBindings", BlobDeclaration.Type.TEXT, "dataBlobBindings", BlobDeclaration.Type.DATA,
      "wasmBindings", BlobDeclaration.Type.WASM, "text_blobs", BlobDeclaration.Type.TEXT,
      "data_blobs", BlobDeclaration.Type.DATA, "wasm_modules", BlobDeclaration.Type.WASM);

  @Override
  public String kind() {
    return VarDeclaration.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("bindings", "textBlobBindings", "dataBlobBindings", "wasmBindings");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("vars", "text_blobs", "data_blobs", "wasm_modules");
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    options.requireObject(value);
    BlobDeclaration.Type type = BLOB_KEYS.get(key);
    if (type == null) {
      return declarations(value);
    }
    List<BindingDeclaration> blobs = new ArrayList<>();
    value.fields().forEachRemaining(e -> {
      OptionReader at = options.at(e.getKey());
      Path file = at.file(e.getValue());
      blobs.add(new BlobDeclaration(e.getKey(), type, read(file, () -> at.invalid("names a file that cannot be read: " + file.toAbsolutePath()))));
    });
    return blobs;
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    BlobDeclaration.Type type = BLOB_KEYS.get(key);
    if (type == null) {
      config.expect(value.isObject(), key, "a table of variables", value);
      return declarations(value);
    }
    config.expect(value.isObject(), key, "a table of binding names to file paths", value);
    List<BindingDeclaration> blobs = new ArrayList<>();
    value.fields().forEachRemaining(e -> {
      config.expect(e.getValue().isTextual(), key + "." + e.getKey(), "a file path", e.getValue());
      Path file = config.resolve(e.getValue().asText());
      blobs.add(new BlobDeclaration(e.getKey(), type,
          read(file, () -> config.error(key + "." + e.getKey(), "names a file that cannot be read: " + file))));
    });
    return blobs;
  }

  private static byte[] read(Path file, java.util.function.Supplier<RuntimeException> failure) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      RuntimeException error = failure.get();
      error.addSuppressed(e);
      throw error;
    }
  }

  private static List<BindingDeclaration> declarations(JsonNode table) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    table.fields().forEachRemaining(e -> declarations.add(new VarDeclaration(e.getKey(), e.getValue())));
    return declarations;
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new PluginInstance() {
      @Override
      public JsBinding bind(String worker, BindingDeclaration declaration) {
        if (declaration instanceof BlobDeclaration blob) {
          return switch (blob.type()) {
            case TEXT -> new JsonBinding(blob.name(), TextNode.valueOf(new String(blob.contents(), StandardCharsets.UTF_8)));
            case DATA -> new BlobBinding(blob.name(), blob.contents(), false);
            case WASM -> new BlobBinding(blob.name(), blob.contents(), true);
          };
        }
        return new JsonBinding(declaration.name(), ((VarDeclaration) declaration).value());
      }
    };
  }
}
