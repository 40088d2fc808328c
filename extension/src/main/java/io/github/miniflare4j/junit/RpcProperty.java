package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a typed RPC interface (see {@link RpcProxies}) as the read of a property,
 * {@code await stub.name} in a worker, instead of a method call: the method takes no parameters
 * and returns the value of the getter named {@link #value()} (by default, the method's name).
 *
 * <pre>{@code
 * interface Counter {
 *   int increment(int by);
 *   @RpcProperty int value();          // await counter.value
 *   @RpcProperty("label") String name(); // await counter.label
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RpcProperty {

  /**
   * The property's name; empty for the method's name.
   *
   * @return the property name
   */
  String value() default "";
}
