package io.github.miniflare4j.assets;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.WranglerSection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Static assets: Miniflare's {@code assets} worker option and Wrangler's {@code assets} table.
 * Requests to the instance are answered from the directory before the worker runs; the optional
 * binding gives the worker {@code env.ASSETS.fetch(request)}.
 */
public final class AssetsPlugin implements BindingPlugin {

  @Override
  public String kind() {
    return Assets.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("assets");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("assets");
  }

  /**
   * Reads {@code { directory, binding?, routerConfig?: { has_user_worker?,
   * invoke_user_worker_ahead_of_assets?, static_routing?: { user_worker?, asset_worker? } },
   * assetConfig?: { html_handling?, not_found_handling? } }}.
   */
  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    if (value == null || value.isNull()) {
      return List.of();
    }
    options.requireObject(value);
    JsonNode directory = value.get("directory");
    if (directory == null || directory.isNull()) {
      throw options.at("directory").invalid("is required: the directory the assets are served from");
    }
    Path dir = existingDirectory(options.at("directory").file(directory), options.at("directory"));
    Assets assets = Assets.directory(dir).userWorker(false).binding(options.optionalText(value, "binding"));
    JsonNode router = value.get("routerConfig");
    if (router != null && !router.isNull()) {
      OptionReader at = options.at("routerConfig");
      at.requireObject(router);
      assets = assets.userWorker(flag(router, "has_user_worker", at))
          .runWorkerFirst(flag(router, "invoke_user_worker_ahead_of_assets", at));
      JsonNode routing = router.get("static_routing");
      if (routing != null && !routing.isNull()) {
        OptionReader r = at.at("static_routing");
        r.requireObject(routing);
        List<String> patterns = new ArrayList<>(strings(routing.get("user_worker"), r.at("user_worker")));
        strings(routing.get("asset_worker"), r.at("asset_worker")).forEach(p -> patterns.add("!" + p));
        assets = assets.runWorkerFirst(patterns);
      }
    }
    JsonNode config = value.get("assetConfig");
    if (config != null && !config.isNull()) {
      OptionReader at = options.at("assetConfig");
      at.requireObject(config);
      assets = withHandling(assets, at.optionalText(config, "html_handling"),
          at.optionalText(config, "not_found_handling"),
          problem -> at.invalid(problem));
    }
    return List.of(assets);
  }

  /**
   * Reads {@code assets = { directory, binding?, html_handling?, not_found_handling?,
   * run_worker_first? }}; a Wrangler project's worker answers what the assets do not.
   */
  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    config.expect(value.isObject(), "assets", "a table with \"directory\"", value);
    JsonNode given = value.get("directory");
    if (given == null || given.isNull()) {
      // Wrangler's local and test integrations (getPlatformProxy, the Vitest integration) skip such
      // assets: with @cloudflare/vite-plugin the dev server serves them, Miniflare has nothing to serve
      org.slf4j.LoggerFactory.getLogger("miniflare4j.config").warn("\"assets\" has no \"directory\": no assets are "
          + "served and no assets binding is made, as in Wrangler's getPlatformProxy and Vitest integration");
      return List.of();
    }
    String directory = config.requiredText(value, "assets", "directory");
    Path dir = config.resolve(directory);
    if (!Files.isDirectory(dir)) {
      // Wrangler's words (what its Vitest integration reports too); a front end's build output
      // (Vite's dist/) must be built before the worker's tests run
      throw config.error("assets.directory", "The directory specified by the \"assets.directory\" field in your "
          + "configuration file does not exist:\n" + dir + "\n(\"" + directory + "\"; build the assets first, or point "
          + "\"assets.directory\" at a folder that exists)");
    }
    Assets assets = Assets.directory(dir).binding(config.optionalText(value, "assets", "binding"))
        .userWorker(config.hasMain());
    assets = withHandling(assets, config.optionalText(value, "assets", "html_handling"),
        config.optionalText(value, "assets", "not_found_handling"),
        problem -> config.error("assets", problem));
    JsonNode first = value.get("run_worker_first");
    if (first != null && !first.isNull()) {
      if (first.isBoolean()) {
        assets = assets.runWorkerFirst(first.asBoolean());
      } else {
        config.expect(first.isArray(), "assets.run_worker_first", "true, false or an array of path patterns", first);
        List<String> patterns = new ArrayList<>();
        first.forEach(p -> {
          config.expect(p.isTextual() && p.asText().matches("!?/.*"), "assets.run_worker_first",
              "path patterns starting with / (or !/)", p);
          patterns.add(p.asText());
        });
        assets = assets.runWorkerFirst(patterns);
      }
    }
    return List.of(assets);
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new AssetsInstance(context);
  }

  private static Assets withHandling(
      Assets assets, String html, String notFound, java.util.function.Function<String, RuntimeException> invalid) {
    if (html != null) {
      HtmlHandling handling = HtmlHandling.of(html);
      if (handling == null) {
        throw invalid.apply("html_handling must be one of \"auto-trailing-slash\", \"force-trailing-slash\", "
            + "\"drop-trailing-slash\" or \"none\", was \"" + html + "\"");
      }
      assets = assets.htmlHandling(handling);
    }
    if (notFound != null) {
      NotFoundHandling handling = NotFoundHandling.of(notFound);
      if (handling == null) {
        throw invalid.apply("not_found_handling must be one of \"single-page-application\", \"404-page\" or "
            + "\"none\", was \"" + notFound + "\"");
      }
      assets = assets.notFoundHandling(handling);
    }
    return assets;
  }

  private static Path existingDirectory(Path dir, OptionReader at) {
    Path absolute = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(absolute)) {
      throw at.invalid("must name an existing directory: no directory " + absolute);
    }
    return absolute;
  }

  private static boolean flag(JsonNode object, String member, OptionReader at) {
    JsonNode m = object.get(member);
    if (m == null || m.isNull()) {
      return false;
    }
    if (!m.isBoolean()) {
      throw at.at(member).invalid("must be a boolean, was " + m);
    }
    return m.asBoolean();
  }

  private static List<String> strings(JsonNode list, OptionReader at) {
    if (list == null || list.isNull()) {
      return List.of();
    }
    at.requireArray(list);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(at.at("[" + i + "]").text(list.get(i)));
    }
    return out;
  }
}
