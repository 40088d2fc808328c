/** The hello-world binding's store. Not API. */
package io.github.miniflare4j.helloworld.internal;
