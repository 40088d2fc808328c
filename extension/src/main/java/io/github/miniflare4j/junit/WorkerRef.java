package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the worker a {@link WorkerClient} parameter talks to. Without it, the client talks to
 * the entry worker (the first one) through the instance's routing.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WorkerRef {

  /**
   * The worker's name.
   *
   * @return the worker's name
   */
  String value();
}
