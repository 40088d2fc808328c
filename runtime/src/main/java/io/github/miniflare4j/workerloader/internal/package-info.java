/** The Worker Loader's implementation: the script host and the reading of a worker's code. */
package io.github.miniflare4j.workerloader.internal;
