/**
 * How scheduled handlers run: one invocation and its {@code waitUntil} work ({@code
 * ScheduledInvoker}), the clock-driven firing of cron triggers ({@code CronScheduler}) and
 * Miniflare's {@code /cdn-cgi/handler/} trigger paths ({@code TriggerEndpoint}). Not API.
 */
package io.github.miniflare4j.scheduled.internal;
