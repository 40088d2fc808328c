package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Node Miniflare's JSON option shape reads into the same options as the builder. */
class JsonOptionsTest {

  @Test
  void single_worker_fields_at_top_level_make_one_worker() {
    MiniflareOptions options = MiniflareOptions.fromJson("""
        {"modules": true, "script": "export default {}", "compatibilityDate": "2025-01-01",
         "compatibilityFlags": ["nodejs_compat"], "bindings": {"A": 1, "B": {"x": [true]}},
         "kvNamespaces": ["KV"], "routes": ["api.mf/*"]}
        """);

    WorkerOptions worker = options.workers().get(0);
    assertThat(options.workers()).hasSize(1);
    assertThat(worker.modules()).isTrue();
    assertThat(worker.compatibilityDate()).isEqualTo("2025-01-01");
    assertThat(worker.compatibilityFlags()).containsExactly("nodejs_compat");
    assertThat(worker.bindings()).containsOnlyKeys("A", "B");
    assertThat(worker.bindings().get("B").toString()).isEqualTo("{\"x\":[true]}");
    assertThat(worker.kvNamespaces()).containsEntry("KV", "KV");
    assertThat(worker.routes()).containsExactly("api.mf/*");
  }

  @Test
  void workers_array_keeps_order_and_maps_bindings() {
    MiniflareOptions options = MiniflareOptions.fromJson("""
        {"workers": [
          {"name": "a", "script": "", "serviceBindings": {"B": "b"}, "kvNamespaces": {"K": "id-1"},
           "durableObjects": {"D": "Counter", "E": {"className": "Room", "scriptName": "b"}}},
          {"name": "b", "script": ""}
        ]}
        """);

    assertThat(options.workers()).extracting(WorkerOptions::name).containsExactly("a", "b");
    WorkerOptions a = options.workers().get(0);
    assertThat(a.serviceBindings().get("B").workerName()).isEqualTo("b");
    assertThat(a.kvNamespaces()).containsEntry("K", "id-1");
    assertThat(a.durableObjects().get("D").className()).isEqualTo("Counter");
    assertThat(a.durableObjects().get("E").scriptName()).isEqualTo("b");
  }

  @Test
  void service_designators_that_name_no_worker_bind_java_handlers() {
    MiniflareOptions options = MiniflareOptions.fromJson("""
        {"script": "", "serviceBindings": {"NET": {"network": {"allow": ["public"]}},
          "EXT": {"external": {"address": "127.0.0.1:9", "http": {}}}, "DISK": {"disk": {"path": "."}}},
         "outboundService": {"disk": {"path": ".", "writable": false}}}
        """);

    WorkerOptions worker = options.workers().get(0);
    assertThat(worker.serviceBindings().values()).allSatisfy(target -> assertThat(target.isJava()).isTrue());
    assertThat(worker.outboundService()).isNotNull();
  }

  @Test
  void a_disk_service_over_a_missing_folder_is_refused_naming_it() {
    assertThatThrownBy(() -> MiniflareOptions.fromJson(
        "{\"script\": \"\", \"serviceBindings\": {\"D\": {\"disk\": {\"path\": \"no/such/folder\"}}}}"))
        .isInstanceOf(MiniflareException.class)
        .hasMessageStartingWith("Invalid Miniflare options: options.serviceBindings.D.disk.path must name an existing folder, was ");
  }

  @Test
  void file_paths_start_from_the_shared_and_the_workers_root_path(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("sub"));
    java.nio.file.Files.writeString(dir.resolve("sub/t.txt"), "root text");
    java.nio.file.Files.writeString(dir.resolve("sub/w.mjs"),
        "export default { fetch(req, env) { return new Response(env.T + '|' + new Uint8Array(env.D).length); } };");
    String json = """
        {"rootPath": %s, "workers": [{"name": "a", "rootPath": "sub", "modules": true, "compatibilityDate": "2025-01-01",
          "scriptPath": "w.mjs", "textBlobBindings": {"T": "t.txt"}, "dataBlobBindings": {"D": "./t.txt"}}]}
        """.formatted(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(dir.toString()));

    try (Miniflare mf = new Miniflare(MiniflareOptions.fromJson(json).toBuilder().startupTimeout(java.time.Duration.ofMinutes(3)).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("root text|9");
    }
  }

  @Test
  void an_unknown_option_is_refused_naming_it_and_the_supported_ones() {
    assertThatThrownBy(() -> MiniflareOptions.fromJson("{\"script\": \"\", \"scirpt\": 1}"))
        .isInstanceOf(MiniflareException.class)
        .hasMessageStartingWith("Invalid Miniflare options: unexpected option options.scirpt; supported worker options are")
        .extracting(e -> ((MiniflareException) e).code())
        .isEqualTo(ErrorCode.ERR_VALIDATION);
  }

  @Test
  void miniflare_options_without_effect_here_are_accepted_and_instance_options_read() {
    MiniflareOptions options = MiniflareOptions.fromJson("""
        {"verbose": true, "log": null, "liveReload": true, "inspectorPort": 9229,
         "host": "0.0.0.0", "port": 0, "logRequests": true,
         "workers": [{"name": "a", "script": "", "unsafeEphemeralDurableObjects": true, "modulesRoot": "/tmp", "verbose": true}]}
        """);

    assertThat(options.workers()).extracting(WorkerOptions::name).containsExactly("a");
    assertThat(options.host()).isEqualTo("0.0.0.0");
    assertThat(options.port()).isEqualTo(0);
    assertThat(options.logRequests()).isTrue();
  }

  @Test
  void blob_bindings_naming_a_missing_file_are_refused() {
    assertThatThrownBy(() -> MiniflareOptions.fromJson("{\"script\": \"\", \"textBlobBindings\": {\"T\": \"no-such.txt\"}}"))
        .hasMessageStartingWith("Invalid Miniflare options: options.textBlobBindings.T names a file that cannot be read: ")
        .hasMessageEndingWith("no-such.txt");
  }

  @Test
  void upstream_is_read_at_the_top_level_beside_a_worker_or_workers() {
    assertThat(MiniflareOptions.fromJson("{\"script\": \"\", \"upstream\": \"http://example.com/base/\"}").upstream())
        .isEqualTo("http://example.com/base/");
    assertThat(MiniflareOptions.fromJson("{\"upstream\": \"https://up.mf\", \"workers\": [{\"script\": \"\"}]}").upstream())
        .isEqualTo("https://up.mf");
    assertThatThrownBy(() -> MiniflareOptions.fromJson("{\"script\": \"\", \"upstream\": \"not a url\"}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void persist_options_read_as_miniflare_reads_them() {
    MiniflareOptions memory = MiniflareOptions.fromJson(
        "{\"script\": \"\", \"kvPersist\": \"memory:\", \"d1Persist\": \"file:///tmp/m4j-d1\", \"r2Persist\": false}");
    assertThat(memory.persist("kv")).isNull();
    assertThat(memory.persist("d1")).isEqualTo(java.nio.file.Path.of("/tmp/m4j-d1"));
    assertThat(memory.persist("r2")).isNull();

    MiniflareOptions rooted = MiniflareOptions.fromJson(
        "{\"script\": \"\", \"defaultPersistRoot\": \"state\", \"kvPersist\": true, \"d1Persist\": \"db\"}");
    assertThat(rooted.persist("kv")).isEqualTo(java.nio.file.Path.of("state", "kv"));
    assertThat(rooted.persist("d1")).isEqualTo(java.nio.file.Path.of("db"));
    assertThat(rooted.persist("r2")).as("an absent option persists under defaultPersistRoot").isEqualTo(java.nio.file.Path.of("state", "r2"));
    assertThat(MiniflareOptions.fromJson("{\"script\": \"\", \"kvPersist\": true}").persist("kv"))
        .isEqualTo(java.nio.file.Path.of(".mf", "kv"));

    assertThatThrownBy(() -> MiniflareOptions.fromJson("{\"script\": \"\", \"kvPersist\": \"s3://bucket/x\"}"))
        .hasMessage("Unsupported \"s3:\" persistence protocol for storage: s3://bucket/x");
  }

  @Test
  void persist_paths_start_from_the_top_level_root_path_of_a_workers_array_only() {
    MiniflareOptions multi = MiniflareOptions.fromJson("""
        {"rootPath": "/srv/app", "kvPersist": "kv-data", "d1Persist": "/abs/d1", "r2Persist": true,
         "cachePersist": "memory:", "workers": [{"script": "", "rootPath": "w"}]}""");
    assertThat(multi.persist("kv")).isEqualTo(java.nio.file.Path.of("/srv/app/kv-data"));
    assertThat(multi.persist("d1")).isEqualTo(java.nio.file.Path.of("/abs/d1"));
    assertThat(multi.persist("r2")).as("true persists under .mf, not under rootPath").isEqualTo(java.nio.file.Path.of(".mf", "r2"));
    assertThat(multi.persist("cache")).isNull();
    assertThat(MiniflareOptions.fromJson("{\"rootPath\": \"/srv/app\", \"defaultPersistRoot\": \"state\", \"workers\": [{\"script\": \"\"}]}")
        .persist("kv")).as("defaultPersistRoot is not a path option").isEqualTo(java.nio.file.Path.of("state", "kv"));
    assertThat(MiniflareOptions.fromJson("{\"rootPath\": \"/srv/app\", \"script\": \"\", \"kvPersist\": \"kv-data\"}").persist("kv"))
        .as("a single worker's rootPath is its own").isEqualTo(java.nio.file.Path.of("kv-data"));
  }

  @Test
  void instance_options_of_the_wrong_type_are_refused_naming_their_path() {
    assertThatThrownBy(() -> MiniflareOptions.fromJson("{\"script\": \"\", \"port\": \"x\"}"))
        .hasMessage("Invalid Miniflare options: options.port must be a port number from 0 to 65535, was \"x\"");
  }

  @Test
  void a_field_of_the_wrong_type_is_refused_naming_its_path() {
    assertThatThrownBy(() -> MiniflareOptions.fromJson("{\"workers\": [{\"name\": 3}]}"))
        .hasMessage("Invalid Miniflare options: workers[0].name must be a string, was 3");
  }

  @Test
  void text_that_is_not_json_is_refused() {
    assertThatThrownBy(() -> MiniflareOptions.fromJson("{modules: true"))
        .hasMessageStartingWith("Invalid Miniflare options: options are not valid JSON:")
        .extracting(e -> ((MiniflareException) e).code())
        .isEqualTo(ErrorCode.ERR_VALIDATION);
  }

  @Test
  void modules_root_names_the_modules_of_a_modules_array_and_refuses_one_outside_it() {
    MiniflareOptions options = MiniflareOptions.fromJson("""
        {"modulesRoot": "src", "modules": [
          {"type": "ESModule", "path": "src/index.mjs", "contents": "export default {}"},
          {"type": "Text", "path": "src/lib/a.txt", "contents": "a"}]}
        """);
    assertThat(options.workers().get(0).moduleDefinitions()).extracting(WorkerModule::path)
        .containsExactly("index.mjs", "lib/a.txt");

    assertThatThrownBy(() -> MiniflareOptions.fromJson("""
        {"modulesRoot": "src", "modules": [{"type": "ESModule", "path": "index.mjs", "contents": ""}]}
        """))
        .isInstanceOf(MiniflareException.class)
        .hasMessage("Invalid Miniflare options: options.modules[0].path \"index.mjs\" is outside modulesRoot \"src\"");
  }
}
