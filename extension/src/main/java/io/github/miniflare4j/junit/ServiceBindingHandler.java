package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method of a {@link MiniflareTest} class as the Java implementation of a
 * service binding: {@code env.BINDING.fetch(request)} calls it. The method is {@code static},
 * takes one {@link io.github.miniflare4j.http.FetchRequest} and returns a {@link
 * io.github.miniflare4j.http.FetchResponse}; it runs on a host thread and may block.
 *
 * <pre>{@code
 * @ServiceBindingHandler("AUTH")
 * static FetchResponse auth(FetchRequest request) {
 *   return FetchResponse.json(Map.of("user", "ada"));
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ServiceBindingHandler {

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
