package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a typed proxy of one Durable Object: a parameter whose type is a Java interface, each
 * method of which calls the object's RPC method of the same name. Arguments are converted to
 * JSON-like values by Jackson, results from them into the method's return type.
 *
 * <pre>{@code
 * interface Counter { int increment(int by); int value(); }
 *
 * @Test
 * void counts(@DurableObjectRef(binding = "COUNTER", name = "main") Counter counter) {
 *   counter.increment(2);
 *   assertThat(counter.value()).isEqualTo(2);
 * }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DurableObjectRef {

  /**
   * The Durable Object namespace binding.
   *
   * @return the binding name
   */
  String binding();

  /**
   * The object's name ({@code idFromName}).
   *
   * @return the name passed to {@code idFromName}
   */
  String name();

  /**
   * The worker whose binding it is; by default the entry worker.
   *
   * @return the worker's name, or {@code ""} for the entry worker
   */
  String worker() default "";
}
