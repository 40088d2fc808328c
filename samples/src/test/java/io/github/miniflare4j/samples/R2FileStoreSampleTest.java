package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.junit.Binding;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.R2Seed;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.WorkerResponse;
import io.github.miniflare4j.r2.R2Bucket;
import io.github.miniflare4j.r2.R2Object;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The file-store scenario: an HTTP API over an R2 bucket ({@code
 * src/test/resources/r2-files/files-worker.js}) that stores request bodies with their content
 * type and custom metadata, serves them with ETags, answers conditional GETs with {@code 304}
 * and ranged GETs with {@code 206}, lists one folder level, and takes large files in a multipart
 * upload. The bucket is checked through the injected {@link R2Bucket}; every test starts from an
 * empty bucket, except in {@link SeededFromAFolder}, whose tests start from the files of a folder.
 */
@MiniflareTest(workers = @Worker(
    name = "files",
    scriptPath = "classpath:r2-files/files-worker.js",
    options = "{\"r2Buckets\": [\"FILES\"]}"))
class R2FileStoreSampleTest {

  @Test
  void a_stored_file_is_served_with_its_etag_and_a_conditional_get_answers_304(
      WorkerClient api, @Binding("FILES") R2Bucket files) {
    WorkerResponse stored = api.put("/files/docs/readme.txt").header("content-type", "text/plain")
        .header("x-meta-author", "ann").body("Read me first.").send();
    assertThat(stored).hasStatus(201).hasJsonBody(
        "{\"path\": \"docs/readme.txt\", \"size\": 14, \"etag\": \"" + files.head("docs/readme.txt").orElseThrow().etag()
            + "\", \"contentType\": \"text/plain\"}");

    assertThat(files).containsObject("docs/readme.txt", "Read me first.")
        .hasContentType("docs/readme.txt", "text/plain")
        .hasCustomMetadata("docs/readme.txt", "author", "ann");
    R2Object object = files.head("docs/readme.txt").orElseThrow();

    WorkerResponse first = api.fetch("/files/docs/readme.txt");
    assertThat(first).isOk().hasHeader("etag", object.httpEtag()).hasHeader("content-type", "text/plain")
        .hasBody("Read me first.");

    WorkerResponse again = api.get("/files/docs/readme.txt").header("if-none-match", first.header("etag")).send();
    System.out.println("[sample r2-files] GET with If-None-Match " + first.header("etag") + " -> " + again.status());
    assertThat(again).hasStatus(304).hasBody("");
  }

  @Test
  void a_range_request_answers_206_with_the_slice(WorkerClient api, @Binding("FILES") R2Bucket files) {
    files.put("data/digits.txt", "0123456789");

    WorkerResponse slice = api.get("/files/data/digits.txt").header("range", "bytes=3-6").send();

    assertThat(slice).hasStatus(206).hasHeader("content-range", "bytes 3-6/10").hasBody("3456");
  }

  @Test
  void conditional_writes_refuse_to_overwrite_with_412(WorkerClient api, @Binding("FILES") R2Bucket files) {
    files.put("notes/todo.txt", "v1");

    assertThat(api.put("/files/notes/todo.txt").header("if-none-match", "*").body("v2").send()).hasStatus(412);
    assertThat(api.put("/files/notes/todo.txt").header("if-match", "\"not-the-etag\"").body("v2").send()).hasStatus(412);
    assertThat(files).containsObject("notes/todo.txt", "v1");

    String etag = files.head("notes/todo.txt").orElseThrow().httpEtag();
    assertThat(api.put("/files/notes/todo.txt").header("if-match", etag).body("v2").send()).hasStatus(201);
    assertThat(files).containsObject("notes/todo.txt", "v2");
  }

  @Test
  void a_folder_lists_its_files_and_subfolders(WorkerClient api, @Binding("FILES") R2Bucket files) {
    for (String path : List.of("photos/2024/a.jpg", "photos/2025/b.jpg", "photos/cover.jpg", "readme.md")) {
      files.put(path, path);
    }

    JsonNode root = api.fetch("/files").json();
    JsonNode photos = api.fetch("/files?prefix=photos/").json();

    assertThat(root.get("folders").toString()).isEqualTo("[\"photos/\"]");
    assertThat(root.get("files").get(0).get("path").asText()).isEqualTo("readme.md");
    assertThat(photos.get("folders").toString()).isEqualTo("[\"photos/2024/\",\"photos/2025/\"]");
    assertThat(photos.get("files").get(0).get("path").asText()).isEqualTo("photos/cover.jpg");
  }

  @Test
  void a_large_file_goes_up_in_parts_and_reads_back_whole(WorkerClient api, @Binding("FILES") R2Bucket files) {
    byte[] part1 = new byte[5 * 1024 * 1024];
    Arrays.fill(part1, (byte) 'a');
    byte[] part2 = "the end".getBytes(StandardCharsets.UTF_8);

    String uploadId = api.post("/uploads/video.bin").header("content-type", "video/mp4").send().json().get("uploadId").asText();
    JsonNode p1 = api.put("/uploads/video.bin?uploadId=" + uploadId + "&part=1").body(part1).send().json();
    JsonNode p2 = api.put("/uploads/video.bin?uploadId=" + uploadId + "&part=2").body(part2).send().json();
    assertThat(files).doesNotContainObject("video.bin");

    WorkerResponse done = api.post("/uploads/video.bin?uploadId=" + uploadId + "&complete").json(List.of(p1, p2)).send();

    System.out.println("[sample r2-files] multipart upload of 2 parts -> " + done.status() + " " + done.text());
    assertThat(done).hasStatus(201);
    assertThat(done.json().get("etag").asText()).endsWith("-2");
    R2Object video = files.head("video.bin").orElseThrow();
    assertThat(video.size()).isEqualTo(part1.length + part2.length);
    assertThat(video.contentType()).isEqualTo("video/mp4");
    assertThat(api.get("/files/video.bin").header("range", "bytes=-7").send()).hasStatus(206).hasBody("the end");
  }

  @Test
  void parts_below_5_mib_are_refused_with_r2s_message(WorkerClient api, @Binding("FILES") R2Bucket files) {
    String uploadId = api.post("/uploads/small.bin").send().json().get("uploadId").asText();
    JsonNode p1 = api.put("/uploads/small.bin?uploadId=" + uploadId + "&part=1").body("tiny").send().json();
    JsonNode p2 = api.put("/uploads/small.bin?uploadId=" + uploadId + "&part=2").body("tail").send().json();

    WorkerResponse refused = api.post("/uploads/small.bin?uploadId=" + uploadId + "&complete").json(List.of(p1, p2)).send();

    assertThat(refused).hasStatus(400).hasJsonBody("{\"error\": \"completeMultipartUpload: Your proposed upload is "
        + "smaller than the minimum allowed object size. (10011)\"}");
    assertThat(files).isEmpty();
  }

  /** Files of {@code src/test/resources/r2-files/seed} are objects before every test of this class. */
  @Nested
  @R2Seed(binding = "FILES", folder = "classpath:r2-files/seed")
  class SeededFromAFolder {

    @Test
    void seeded_files_are_served_with_content_types_from_their_extensions(WorkerClient api) {
      assertThat(api.fetch("/files/docs/guide.md")).isOk()
          .hasHeader("content-type", "text/markdown; charset=utf-8").hasBody("# Guide\n\nStart here.\n");
      assertThat(api.fetch("/files/photos/cover.svg")).isOk().hasHeader("content-type", "image/svg+xml");
    }

    @Test
    void a_deleted_seeded_file_is_gone_until_the_next_test(WorkerClient api, @Binding("FILES") R2Bucket files) {
      files.delete("docs/guide.md");

      assertThat(api.fetch("/files/docs/guide.md")).hasStatus(404);
      assertThat(files).keys().containsExactly("photos/cover.svg");
    }

    @Test
    void the_seeded_folder_is_listed_like_any_upload(WorkerClient api) {
      JsonNode root = api.fetch("/files").json();

      assertThat(root.get("folders").toString()).isEqualTo("[\"docs/\",\"photos/\"]");
    }
  }
}
