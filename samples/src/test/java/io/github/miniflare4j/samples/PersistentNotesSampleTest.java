package io.github.miniflare4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.junit.MiniflareRestarter;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import org.junit.jupiter.api.Test;

/**
 * Notes kept in KV persisted to disk ({@code kvPersist}): they survive a restart of the
 * instance, as they survive a redeploy on Cloudflare. The directory is a temporary one the
 * extension creates and deletes.
 */
@MiniflareTest(
    workers = @Worker(name = "notes", scriptPath = "classpath:notes/worker.js", kvNamespaces = "NOTES"),
    kvPersist = MiniflareTest.TEMP_DIR)
class PersistentNotesSampleTest {

  @Test
  void a_note_survives_a_restart(WorkerClient notes, MiniflareRestarter restarter) {
    assertThat(notes.put("/notes/groceries").body("milk, eggs").send()).hasStatus(204);

    restarter.restart();

    assertThat(notes.fetch("/notes/groceries")).hasStatus(200).hasBody("milk, eggs");
  }

  @Test
  void each_test_still_starts_from_an_empty_namespace(WorkerClient notes) {
    assertThat(notes.fetch("/notes/groceries")).hasStatus(404);
  }
}
