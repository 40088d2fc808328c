/**
 * Rate limiting bindings ({@code ratelimits}): {@code env.LIMITER.limit({ key })} counted on the
 * instance clock; {@link io.github.miniflare4j.ratelimit.RateLimiter} is the Java handle.
 */
package io.github.miniflare4j.ratelimit;
