/** The version metadata binding ({@code version_metadata}): {@code {id, tag, timestamp}}. */
package io.github.miniflare4j.versionmetadata;
