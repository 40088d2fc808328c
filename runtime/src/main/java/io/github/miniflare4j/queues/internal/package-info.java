/** Queue machinery the runtime's public face calls; not for users. */
package io.github.miniflare4j.queues.internal;
