package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Loads a KV namespace from a JSON resource before the class's {@code @BeforeAll} methods run;
 * the data is part of the baseline every test starts from. Repeatable.
 *
 * <p>The resource is either an object of keys to values (a string value is stored as it is, any
 * other JSON value as its JSON text):
 *
 * <pre>{@code
 * { "greeting": "hello", "user:1": { "name": "Ada" } }
 * }</pre>
 *
 * or Wrangler's bulk format, an array of entries with optional {@code metadata}, {@code
 * expiration} (epoch seconds) and {@code expiration_ttl} (seconds):
 *
 * <pre>{@code
 * [ { "key": "session:1", "value": "s3cr3t", "expiration_ttl": 3600, "metadata": { "user": 1 } } ]
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(KvSeeds.class)
public @interface KvSeed {

  /**
   * The KV binding to fill.
   *
   * @return the binding name
   */
  String binding();

  /**
   * The JSON resource on the test class path, such as {@code "seeds/users.json"}.
   *
   * @return the resource path on the test class path
   */
  String resource();

  /**
   * The worker whose binding it is; by default the entry worker.
   *
   * @return the worker's name, or {@code ""} for the entry worker
   */
  String worker() default "";
}
