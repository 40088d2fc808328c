package io.github.miniflare4j.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.http.FetchHandler;
import java.util.Map;
import java.util.Objects;

/**
 * What a service binding points at: another worker of the same instance, by name, or a Java
 * {@link FetchHandler}.
 */
public final class ServiceTarget {

  private static final ObjectMapper PROPS_JSON = new ObjectMapper();

  private final String workerName;
  private final String entrypoint;
  private final FetchHandler handler;
  private final String propsJson;

  private ServiceTarget(String workerName, String entrypoint, FetchHandler handler, String propsJson) {
    this.workerName = workerName;
    this.entrypoint = entrypoint;
    this.handler = handler;
    this.propsJson = propsJson;
  }

  /**
   * A binding to the worker of this name.
   *
   * @param name the worker name; must name a worker of the instance
   * @return the target
   */
  public static ServiceTarget worker(String name) {
    return new ServiceTarget(Objects.requireNonNull(name, "worker name"), null, null, null);
  }

  /**
   * A binding to a named {@code WorkerEntrypoint} export of the worker of this name, as
   * Miniflare's {@code { name, entrypoint }}: {@code fetch()} and RPC calls reach that class.
   *
   * @param name the worker name; must name a worker of the instance
   * @param entrypoint the named export (a class extending {@code WorkerEntrypoint}), or {@code
   *     null} for the default export; the instance refuses to start when the worker does not
   *     export it
   * @return the target
   */
  public static ServiceTarget worker(String name, String entrypoint) {
    return new ServiceTarget(Objects.requireNonNull(name, "worker name"), entrypoint, null, null);
  }

  /**
   * A binding to the default export ({@code entrypoint} {@code null}) or a named entrypoint of the
   * worker of this name whose calls see {@code props} as {@code ctx.props}, as Miniflare's {@code
   * { name, entrypoint, props }}: each {@code fetch()} and RPC call gets its own copy.
   *
   * @param name the worker name; must name a worker of the instance
   * @param entrypoint the named export, or {@code null} for the default export
   * @param props what the target sees as {@code ctx.props}; JSON values (maps, lists, strings,
   *     numbers, booleans, {@code null}), converted through Jackson
   * @return the target
   * @throws IllegalArgumentException when {@code props} cannot be written as JSON
   */
  public static ServiceTarget worker(String name, String entrypoint, Map<String, ?> props) {
    String json;
    try {
      json = PROPS_JSON.writeValueAsString(Objects.requireNonNull(props, "props"));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Service binding props must be JSON values: " + e.getOriginalMessage(), e);
    }
    return new ServiceTarget(Objects.requireNonNull(name, "worker name"), entrypoint, null, json);
  }

  /** A target with props already written as a JSON object's text (Miniflare's and Wrangler's options). */
  static ServiceTarget workerWithPropsJson(String name, String entrypoint, String propsJson) {
    return new ServiceTarget(Objects.requireNonNull(name, "worker name"), entrypoint, null, propsJson);
  }

  /**
   * A binding answered by Java code.
   *
   * @param handler answers each request on the host executor; not {@code null}
   * @return the target
   */
  public static ServiceTarget java(FetchHandler handler) {
    return new ServiceTarget(null, null, Objects.requireNonNull(handler, "handler"), null);
  }

  /**
   * The target worker's name, or {@code null} for a Java binding.
   *
   * @return the worker name, or {@code null}
   */
  public String workerName() {
    return workerName;
  }

  /**
   * The named export of the target worker the binding calls, or {@code null} for its default
   * export (and for a Java binding).
   *
   * @return the entrypoint name, or {@code null}
   */
  public String entrypoint() {
    return entrypoint;
  }

  /**
   * The target's {@code ctx.props} as a JSON object's text, or {@code null} when the binding gives
   * none (the target then sees an empty object).
   */
  String propsJson() {
    return propsJson;
  }

  /**
   * The Java handler, or {@code null} for a worker binding.
   *
   * @return the handler, or {@code null}
   */
  public FetchHandler handler() {
    return handler;
  }

  /**
   * Whether this binding is answered by Java code.
   *
   * @return {@code true} for a Java binding
   */
  public boolean isJava() {
    return handler != null;
  }

  @Override
  public String toString() {
    if (isJava()) {
      return "Java handler " + handler;
    }
    return "worker \"" + workerName + "\"" + (entrypoint == null ? "" : " entrypoint \"" + entrypoint + "\"")
        + (propsJson == null ? "" : " props " + propsJson);
  }
}
