package io.github.miniflare4j.engine;

import com.fasterxml.jackson.databind.JsonNode;

/** A plain variable: JSON text that the prelude parses into a fresh value per isolate. */
public final class JsonBinding implements JsBinding {

  private final String name;
  private final String json;

  /**
   * Binds {@code name} to the given JSON value.
   *
   * @param name the binding name
   * @param value the value; the worker sees it converted to a JavaScript value
   */
  public JsonBinding(String name, JsonNode value) {
    this.name = name;
    this.json = value.toString();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "json";
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    return json;
  }
}
