package io.github.miniflare4j.junit;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.r2.R2Bucket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** @R2Seed folders as bucket objects, part of the baseline every test is reset to. */
class R2Test {

  static final String SCRIPT = """
      export default {
        async fetch(request, env) {
          const key = new URL(request.url).pathname.slice(1);
          if (request.method === "PUT") {
            await env.FILES.put(key, request.body);
            return new Response("stored");
          }
          if (request.method === "DELETE") {
            await env.FILES.delete(key);
            return new Response("deleted");
          }
          const object = await env.FILES.get(key);
          if (object === null) return new Response("not found", { status: 404 });
          const headers = new Headers();
          object.writeHttpMetadata(headers);
          return new Response(object.body, { headers });
        }
      };
      """;

  @MiniflareTest(workers = @Worker(name = "files", script = SCRIPT, options = "{\"r2Buckets\": [\"FILES\"]}"))
  @R2Seed(binding = "FILES", folder = "classpath:r2/site")
  @R2Seed(binding = "FILES", folder = "classpath:r2/more")
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class Seeded {
    @BeforeAll
    static void more(@Binding("FILES") R2Bucket bucket) {
      bucket.put("from-before-all.txt", "extra");
    }

    @Test
    @Order(1)
    void files_are_objects_keyed_by_relative_path_and_typed_by_extension(@Binding("FILES") R2Bucket bucket,
        WorkerClient files) {
      assertThat(bucket).keys()
          .containsExactly("config.json", "docs/notes.xyz", "from-before-all.txt", "img/logo.svg", "index.html");
      assertThat(bucket)
          .containsObject("index.html", "<h1>Home</h1>")
          .hasContentType("index.html", "text/html; charset=utf-8")
          .hasContentType("img/logo.svg", "image/svg+xml")
          .hasContentType("config.json", "application/json")
          .hasContentType("docs/notes.xyz", null);
      WorkerResponse page = files.fetch("/index.html");
      assertThat(page).hasStatus(200).hasHeader("content-type", "text/html; charset=utf-8").hasBody("<h1>Home</h1>");

      files.delete("/index.html").send();
      files.put("/new.txt").body("new").send();
      assertThat(bucket).doesNotContainObject("index.html").containsObject("new.txt", "new");
    }

    @Test
    @Order(2)
    void the_next_test_starts_from_the_seeded_baseline_again(@Binding("FILES") R2Bucket bucket, WorkerClient files) {
      assertThat(bucket).containsObject("index.html", "<h1>Home</h1>").doesNotContainObject("new.txt");
      assertThat(files.fetch("/from-before-all.txt")).hasBody("extra");
    }
  }

  @Test
  void seeds_are_part_of_the_baseline_and_tests_are_isolated() {
    Fixtures.assertAllSucceeded(Fixtures.run(Seeded.class), 2);
  }

  @MiniflareTest(workers = @Worker(name = "files", script = SCRIPT, options = "{\"r2Buckets\": [\"FILES\"]}"))
  @R2Seed(binding = "FILES", folder = "classpath:r2/nowhere")
  static class MissingFolder {
    @Test
    void test() {}
  }

  @Test
  void a_missing_folder_is_a_configuration_error_with_the_fix() {
    MisuseTest.assertContainerFails(MissingFolder.class, ExtensionConfigurationException.class,
        "@R2Seed(binding = \"FILES\", folder = \"classpath:r2/nowhere\") on io.github.miniflare4j.junit.R2Test$MissingFolder "
            + "cannot be applied: folder \"classpath:r2/nowhere\" names no folder on the class path; put the files under "
            + "src/test/resources/r2/nowhere");
  }

  @MiniflareTest(workers = @Worker(name = "files", script = SCRIPT, options = "{\"r2Buckets\": [\"FILES\"]}"))
  @R2Seed(binding = "UPLOADS", folder = "classpath:r2/site")
  static class UnknownBinding {
    @Test
    void test() {}
  }

  @Test
  void a_seed_of_an_unbound_bucket_names_the_bindings_there_are() {
    MisuseTest.assertContainerFails(UnknownBinding.class, ExtensionConfigurationException.class,
        "@R2Seed(binding = \"UPLOADS\", folder = \"classpath:r2/site\") on io.github.miniflare4j.junit.R2Test$UnknownBinding "
            + "cannot be applied: " + unknownBindingMessage());
  }

  private static String unknownBindingMessage() {
    try (io.github.miniflare4j.Miniflare mf = new io.github.miniflare4j.Miniflare(io.github.miniflare4j.MiniflareOptions.builder()
        .worker(io.github.miniflare4j.WorkerOptions.builder().name("files").modules(true).script(SCRIPT)
            .bind(io.github.miniflare4j.r2.R2Buckets.bucket("FILES")))
        .build())) {
      mf.getR2Bucket("UPLOADS");
      throw new AssertionError("expected a MiniflareException");
    } catch (io.github.miniflare4j.MiniflareException e) {
      return e.getMessage();
    }
  }
}
