package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the binding a handle parameter stands for, such as {@code @Binding("COUNTER")
 * DurableObjectNamespace counters}. Without it, a handle parameter resolves when the worker has
 * exactly one binding of that kind.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Binding {

  /**
   * The binding name, as the worker reads it from {@code env}.
   *
   * @return the binding name
   */
  String value();

  /**
   * The worker whose binding it is; by default the entry worker.
   *
   * @return the worker's name, or {@code ""} for the entry worker
   */
  String worker() default "";
}
