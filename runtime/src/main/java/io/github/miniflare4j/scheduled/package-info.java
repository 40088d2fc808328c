/**
 * Cron triggers and {@code scheduled()} handlers.
 *
 * <ul>
 *   <li>{@link io.github.miniflare4j.scheduled.CronExpression}: Cloudflare's cron syntax, parsed
 *       and checked, with next fire times in UTC.
 *   <li>{@link io.github.miniflare4j.scheduled.ScheduledResult}: the outcome of one run of a
 *       handler ({@code Miniflare.dispatchScheduled}, the clock, or Miniflare's trigger
 *       endpoint).
 *   <li>{@link io.github.miniflare4j.scheduled.CronTriggers}: the crons of an instance, fired
 *       by moving the instance clock; waits for and reports their runs.
 * </ul>
 *
 * <p>The JavaScript side ({@code ScheduledController}, {@code ScheduledEvent}, the dispatch)
 * is the prelude's {@code scheduled.js}.
 */
package io.github.miniflare4j.scheduled;
