package io.github.miniflare4j.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;

/**
 * The data points written to one Analytics Engine dataset of an instance, kept for assertions
 * (Miniflare accepts and drops them). Thread-safe; emptied between tests by the extension.
 */
public final class AnalyticsEngineDataset {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String dataset;
  private List<DataPoint> points = new ArrayList<>();

  AnalyticsEngineDataset(String dataset) {
    this.dataset = dataset;
  }

  /**
   * The dataset's name.
   *
   * @return the name
   */
  public String dataset() {
    return dataset;
  }

  /**
   * Records a point as the worker's {@code writeDataPoint} normalised it.
   *
   * @param json {@code {"blobs": [...], "doubles": [...], "indexes": [...]}}
   */
  @HostAccess.Export
  public void write(String json) {
    try {
      JsonNode point = JSON.readTree(json);
      DataPoint parsed = new DataPoint(texts(point.get("blobs")), numbers(point.get("doubles")), texts(point.get("indexes")));
      synchronized (this) {
        points.add(parsed);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("malformed data point from the prelude: " + json, e);
    }
  }

  /**
   * The points written so far, oldest first.
   *
   * @return an immutable copy
   */
  public synchronized List<DataPoint> dataPoints() {
    return List.copyOf(points);
  }

  /** Forgets every point. */
  public synchronized void clear() {
    points = new ArrayList<>();
  }

  synchronized List<DataPoint> snapshot() {
    return List.copyOf(points);
  }

  synchronized void restore(List<DataPoint> snapshot) {
    points = new ArrayList<>(snapshot);
  }

  private static List<String> texts(JsonNode list) {
    List<String> values = new ArrayList<>();
    if (list != null) {
      list.forEach(v -> values.add(v.isNull() ? null : v.asText()));
    }
    return java.util.Collections.unmodifiableList(values);
  }

  private static List<Double> numbers(JsonNode list) {
    List<Double> values = new ArrayList<>();
    if (list != null) {
      list.forEach(v -> values.add(v.asDouble()));
    }
    return List.copyOf(values);
  }
}
