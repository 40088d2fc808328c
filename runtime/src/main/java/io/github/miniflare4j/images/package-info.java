/**
 * The Cloudflare Images binding ({@code images}): {@code info()}, {@code input().transform()
 * .output()} and hosted images, as Miniflare's local mode runs them, with the JDK's codecs (PNG,
 * JPEG and GIF pixels; WebP and AVIF dimensions only). Hosted images are reachable from Java
 * through {@link io.github.miniflare4j.images.HostedImages}.
 */
package io.github.miniflare4j.images;
