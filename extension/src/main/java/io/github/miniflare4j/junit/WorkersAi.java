package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method of a {@link MiniflareTest} class as the Workers AI model behind a binding:
 * {@code await env.AI.run(model, inputs)} calls it and resolves with what it returns (converted to
 * JSON). The method is {@code static}, takes {@code (String model, JsonNode inputs)} and returns
 * any JSON-convertible value; it runs on a host thread. Other methods of the binding reject.
 *
 * <pre>{@code
 * @WorkersAi("AI")
 * static Object model(String model, JsonNode inputs) {
 *   return Map.of("response", "Paris");
 * }
 * }</pre>
 *
 * <p>Inject {@code @Binding("AI") StandInCalls} to assert on the prompt the worker sent; the log
 * starts empty in each test. Any other remote-only binding: {@link StandIn}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WorkersAi {

  /**
   * The binding name, as the worker reads it from {@code env}; usually {@code AI}.
   *
   * @return the binding name
   */
  String value() default "AI";

  /**
   * The workers that get the binding; empty for every worker.
   *
   * @return the worker names, or empty for every worker
   */
  String[] workers() default {};
}
