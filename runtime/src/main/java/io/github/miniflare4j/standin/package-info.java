/**
 * Stand-ins for bindings that only exist on Cloudflare (Workers AI, Vectorize, ...): {@link
 * io.github.miniflare4j.standin.StandInBinding} answers a binding's calls with Java code.
 */
package io.github.miniflare4j.standin;
