/**
 * Secrets Store secrets ({@code secrets_store_secrets}): {@code await env.KEY.get()}, values set
 * from Java through {@link io.github.miniflare4j.secrets.SecretsStoreSecret}.
 */
package io.github.miniflare4j.secrets;
