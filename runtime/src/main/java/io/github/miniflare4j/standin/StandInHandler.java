package io.github.miniflare4j.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Java code standing in for a binding that only exists on Cloudflare (Workers AI, Vectorize,
 * Browser Rendering, ...): every method the worker calls on the binding arrives here.
 */
@FunctionalInterface
public interface StandInHandler {

  /**
   * Answers one call, e.g. {@code env.AI.run("@cf/meta/llama", {prompt})} arrives as {@code
   * call("run", [model, inputs])}. Runs on a host thread, never a worker's loop thread.
   *
   * @param method the method the worker called
   * @param args its arguments, as JSON
   * @return the result, converted to JSON by Jackson for the worker ({@code null} resolves
   *     {@code null}); an exception rejects the worker's promise with an {@code Error} carrying
   *     its message
   * @throws Exception to reject the call
   */
  Object call(String method, List<JsonNode> args) throws Exception;
}
