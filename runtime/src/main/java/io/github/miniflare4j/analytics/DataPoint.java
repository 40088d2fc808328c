package io.github.miniflare4j.analytics;

import java.util.List;

/**
 * One data point a worker wrote with {@code writeDataPoint}.
 *
 * @param blobs the blobs, as text (byte blobs decoded as UTF-8); {@code null} entries kept
 * @param doubles the numbers
 * @param indexes the indexes (Cloudflare allows one)
 */
public record DataPoint(List<String> blobs, List<Double> doubles, List<String> indexes) {}
