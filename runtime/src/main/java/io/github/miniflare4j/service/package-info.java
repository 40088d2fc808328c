/**
 * Service bindings: a worker's {@code env.NAME.fetch()} reaching another worker of the
 * instance, or Java code, without going through routes or sockets.
 */
package io.github.miniflare4j.service;
