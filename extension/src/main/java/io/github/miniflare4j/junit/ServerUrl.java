package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the address of the instance's HTTP server, such as {@code http://127.0.0.1:41234/},
 * into a parameter of type {@link java.net.URI}, {@link java.net.URL} or {@link String}. The
 * server runs when {@link MiniflareTest#server()} is {@code true} or the builder's options set a
 * port.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ServerUrl {}
