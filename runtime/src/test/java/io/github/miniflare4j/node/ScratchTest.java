package io.github.miniflare4j.node;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void scratch() throws Exception {
    String imports = Files.readString(Path.of("/tmp/scratch-imports.js"));
    String body = Files.readString(Path.of("/tmp/scratch-body.js"));
    System.err.println("SCRATCH " + NodeProbe.run(imports, body).toPrettyString());
  }
}
