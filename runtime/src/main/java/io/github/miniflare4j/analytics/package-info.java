/**
 * Workers Analytics Engine datasets ({@code analytics_engine_datasets}): {@code writeDataPoint}
 * is accepted as in Miniflare and the points are kept for assertions through {@link
 * io.github.miniflare4j.analytics.AnalyticsEngineDataset}.
 */
package io.github.miniflare4j.analytics;
