/**
 * Service bindings: a worker's {@code env.NAME.fetch()} and RPC calls reaching another worker of
 * the instance, or Java code, without going through routes or sockets; and {@link
 * io.github.miniflare4j.service.WorkerEntrypointStub}, Java's own RPC stub of a worker's default
 * or named {@code WorkerEntrypoint}.
 */
package io.github.miniflare4j.service;
