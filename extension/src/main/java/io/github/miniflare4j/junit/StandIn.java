package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method of a {@link MiniflareTest} class as the stand-in for a binding that only
 * exists on Cloudflare (Vectorize, Images, Browser Rendering, ...): every method the worker calls
 * on {@code env.BINDING} arrives here, and its promise resolves with what the method returns
 * (converted to JSON). The method is {@code static}, takes {@code (String method,
 * List<JsonNode> args)} and returns any JSON-convertible value; an exception it throws rejects the
 * worker's promise with an {@code Error} carrying its message. It runs on a host thread.
 *
 * <pre>{@code
 * @StandIn("INDEX")
 * static Object vectorize(String method, List<JsonNode> args) {
 *   return Map.of("count", 0, "matches", List.of());
 * }
 * }</pre>
 *
 * <p>The stand-in replaces a binding of the same name read from a Wrangler file. Inject {@code
 * @Binding("INDEX") StandInCalls} to assert on what the worker asked; the log starts empty in each
 * test. For Workers AI, {@link WorkersAi} types the call as {@code run(model, inputs)}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StandIn {

  /**
   * The binding name, as the worker reads it from {@code env}.
   *
   * @return the binding name
   */
  String value();

  /**
   * The workers that get the binding; empty for every worker.
   *
   * @return the worker names, or empty for every worker
   */
  String[] workers() default {};
}
