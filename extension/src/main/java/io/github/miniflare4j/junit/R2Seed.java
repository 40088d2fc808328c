package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fills an R2 bucket from a folder before the class's {@code @BeforeAll} methods run: every file
 * below the folder becomes an object keyed by its path relative to the folder ({@code
 * img/logo.png}), its {@code contentType} taken from the file's extension as static assets are
 * typed ({@code text/html; charset=utf-8}, {@code image/png}, none for unknown extensions). Files
 * are streamed, so large ones are fine. The objects are part of the baseline every test starts
 * from. Repeatable.
 *
 * <pre>{@code
 * @MiniflareTest(workers = @Worker(script = "...", options = "{\"r2Buckets\": [\"FILES\"]}"))
 * @R2Seed(binding = "FILES", folder = "classpath:r2/site")
 * class FileStoreTest { ... }
 * }</pre>
 *
 * <p>A location starting with {@code classpath:} is a folder of the test class path (in a
 * directory or a jar); any other is a file-system path, relative to the working directory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(R2Seeds.class)
public @interface R2Seed {

  /**
   * The R2 binding to fill.
   *
   * @return the binding name
   */
  String binding();

  /**
   * The folder whose files become objects.
   *
   * @return the folder, e.g. {@code "classpath:r2/site"} or {@code "src/test/fixtures/files"}
   */
  String folder();

  /**
   * The worker whose binding it is; by default the entry worker.
   *
   * @return the worker's name, or {@code ""} for the entry worker
   */
  String worker() default "";
}
