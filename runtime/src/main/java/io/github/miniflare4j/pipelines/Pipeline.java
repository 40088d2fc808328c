package io.github.miniflare4j.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;

/**
 * The records sent to one pipeline of an instance, kept for assertions (Miniflare accepts and
 * drops them). Thread-safe; emptied between tests by the extension.
 */
public final class Pipeline {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private List<JsonNode> records = new ArrayList<>();

  Pipeline(String name) {
    this.name = name;
  }

  /**
   * The pipeline's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Records what the worker's {@code send(records)} sent.
   *
   * @param json the records as a JSON array
   */
  @HostAccess.Export
  public void send(String json) {
    try {
      JsonNode sent = JSON.readTree(json);
      synchronized (this) {
        sent.forEach(records::add);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("malformed records from the binding script: " + json, e);
    }
  }

  /**
   * The records sent so far, oldest first.
   *
   * @return an immutable copy
   */
  public synchronized List<JsonNode> records() {
    return List.copyOf(records);
  }

  /** Forgets every record. */
  public synchronized void clear() {
    records = new ArrayList<>();
  }

  synchronized void restore(List<JsonNode> snapshot) {
    records = new ArrayList<>(snapshot);
  }
}
