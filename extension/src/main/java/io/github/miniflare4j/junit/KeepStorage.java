package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opts out of the reset between tests. On a class: its tests share storage, workers and clock
 * as {@link StorageMode#KEEP}. On a test method: that test starts from whatever the previous
 * test left (use with {@code @TestMethodOrder}); the next test without it starts from the
 * baseline again.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface KeepStorage {}
