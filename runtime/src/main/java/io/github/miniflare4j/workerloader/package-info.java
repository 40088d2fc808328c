/**
 * The Worker Loader ({@code workerLoaders: {LOADER: {}}}, Wrangler's {@code [[worker_loaders]]}):
 * {@code env.LOADER.get(id, callback)} and {@code env.LOADER.load(code)} start a worker at run
 * time from the modules the calling worker's JavaScript gives, and return a stub whose {@code
 * getEntrypoint(name?)} is a {@code Fetcher} reaching that worker's default export or a named
 * {@code WorkerEntrypoint}. The loaded workers run in isolates of their own, beside the
 * instance's workers, and close with the worker that loaded them.
 */
package io.github.miniflare4j.workerloader;
