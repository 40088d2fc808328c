package io.github.miniflare4j.unemulated;

import java.util.List;

/**
 * The binding kinds Cloudflare offers that miniflare4j does not emulate (yet, or only remotely):
 * Miniflare's option name, Wrangler's key, and the words naming a binding of the kind in
 * messages. A kind drops out of here by itself as soon as a plugin claims its keys.
 */
final class UnemulatedKinds {

  /**
   * One kind.
   *
   * @param jsonKey Miniflare's worker option, or {@code null} when Miniflare has none
   * @param wranglerKey Wrangler's key, or {@code null} when Wrangler has none
   * @param label the kind in messages, e.g. {@code R2 bucket}
   */
  record Kind(String jsonKey, String wranglerKey, String label) {}

  static final List<Kind> ALL = List.of(
      new Kind("d1Databases", "d1_databases", "D1 database"),
      new Kind("r2Buckets", "r2_buckets", "R2 bucket"),
      new Kind("queueProducers", "queues", "Queue producer"),
      new Kind("workflows", "workflows", "Workflow"),
      new Kind("ratelimits", "ratelimits", "Rate limiting"),
      new Kind("analyticsEngineDatasets", "analytics_engine_datasets", "Analytics Engine dataset"),
      new Kind("hyperdrives", "hyperdrive", "Hyperdrive"),
      new Kind("secretsStoreSecrets", "secrets_store_secrets", "Secrets Store secret"),
      new Kind("email", "send_email", "Email"),
      new Kind("pipelines", "pipelines", "Pipeline"),
      new Kind("ai", "ai", "Workers AI"),
      new Kind("vectorize", "vectorize", "Vectorize index"),
      new Kind("images", "images", "Images"),
      new Kind("browserRendering", "browser", "Browser Rendering"),
      new Kind("dispatchNamespaces", "dispatch_namespaces", "Dispatch namespace"),
      new Kind("mtlsCertificates", "mtls_certificates", "mTLS certificate"),
      new Kind(null, "version_metadata", "Version metadata"),
      new Kind(null, "worker_loaders", "Worker loader"),
      new Kind("vpcServices", "vpc_services", "VPC service"),
      new Kind("vpcNetworks", "vpc_networks", "VPC network"),
      new Kind("stream", "stream", "Stream"),
      new Kind("media", "media", "Media"),
      new Kind("artifacts", "artifacts", "Artifacts"),
      new Kind("flagship", "flagship", "Flagship"),
      new Kind("aiSearchNamespaces", "ai_search_namespaces", "AI Search namespace"),
      new Kind("aiSearchInstances", "ai_search", "AI Search instance"),
      new Kind("assets", "assets", "Assets"));

  /**
   * Miniflare's options that configure something other than a binding and that miniflare4j does
   * not act on yet: accepted, so that options written for Miniflare load, and reported.
   */
  static final List<String> NON_BINDING_JSON_KEYS = List.of("queueConsumers");

  private UnemulatedKinds() {}
}
