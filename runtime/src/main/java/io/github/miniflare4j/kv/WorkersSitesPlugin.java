package io.github.miniflare4j.kv;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.kv.internal.SiteFiles;
import io.github.miniflare4j.kv.internal.SiteGlobs;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.WranglerSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Workers Sites, which Miniflare serves from its KV plugin: {@code sitePath}, {@code
 * siteInclude} and {@code siteExclude}, Wrangler's {@code [site]} ({@code bucket}, {@code
 * include}, {@code exclude}). Each worker with a site gets {@code __STATIC_CONTENT} (a read-only
 * KV namespace over the folder, read live) and {@code __STATIC_CONTENT_MANIFEST}. Nothing is
 * stored, so nothing is reset between tests.
 */
public final class WorkersSitesPlugin implements BindingPlugin {

  @Override
  public String kind() {
    return WorkersSite.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("sitePath", "siteInclude", "siteExclude");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("site");
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    if (key.equals("sitePath")) {
      return List.of(WorkersSite.folder(options.file(value)));
    }
    return List.of(new SiteFilter(key.equals("siteInclude"), globs(value, options)));
  }

  private static List<String> globs(JsonNode value, OptionReader options) {
    options.requireArray(value);
    List<String> globs = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      globs.add(options.at(String.valueOf(i)).text(value.get(i)));
    }
    return globs;
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    config.expect(value.isObject(), key, "a table with \"bucket\" (the folder of the site's files)", value);
    WorkersSite site = WorkersSite.folder(config.resolve(config.requiredText(value, key, "bucket")));
    List<String> include = wranglerGlobs(value, key, "include", config);
    List<String> exclude = wranglerGlobs(value, key, "exclude", config);
    if (!include.isEmpty()) {
      site = site.include(include.toArray(String[]::new));
    }
    if (!exclude.isEmpty()) {
      site = site.exclude(exclude.toArray(String[]::new));
    }
    return List.of(site);
  }

  private static List<String> wranglerGlobs(JsonNode table, String key, String member, WranglerSection config) {
    JsonNode list = table.get(member);
    List<String> globs = new ArrayList<>();
    if (list == null) {
      return globs;
    }
    config.expect(list.isArray(), key + "." + member, "an array of glob strings", list);
    list.forEach(glob -> {
      config.expect(glob.isTextual(), key + "." + member, "an array of glob strings", list);
      globs.add(glob.asText());
    });
    return globs;
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new PluginInstance() {
      @Override
      public JsBinding bind(String worker, BindingDeclaration declaration) {
        return bindAll(worker, declaration).get(0);
      }

      @Override
      public List<JsBinding> bindAll(String worker, BindingDeclaration declaration) {
        WorkersSite site = (WorkersSite) declaration;
        for (BindingDeclaration setting : context.declarations().getOrDefault(worker, List.of())) {
          if (setting instanceof SiteFilter filter) {
            site = filter.applyTo(site);
          }
        }
        SiteFiles files = new SiteFiles(site.folder(),
            site.include() == null ? null : SiteGlobs.of(site.include()),
            site.exclude() == null ? null : SiteGlobs.of(site.exclude()));
        return List.of(new SiteNamespaceBinding(files, context.clock()), new SiteManifestBinding(files.manifest()));
      }
    };
  }
}
