package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method of a {@link MiniflareTest} class as the answer to every worker's
 * global {@code fetch()}. The method is {@code static}, takes one {@link
 * io.github.miniflare4j.http.FetchRequest} and returns a {@link
 * io.github.miniflare4j.http.FetchResponse}, or {@code null} when it does not handle the
 * request.
 *
 * <p>Requests nobody handles (no such method, or it returned {@code null}) make the worker's
 * {@code fetch()} reject and fail the test that caused them, naming the request. Workers never
 * reach the network from a {@code @MiniflareTest}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OutboundHandler {}
