package io.github.miniflare4j.scheduled;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A cron expression in the syntax of Cloudflare's Cron Triggers: five fields ({@code minute hour
 * day-of-month month day-of-week}), always in UTC, with the Quartz-like extensions Cloudflare
 * supports. Immutable and thread-safe.
 *
 * <ul>
 *   <li>every field: {@code *}, values, ranges {@code a-b} (a range whose start is after its end
 *       wraps around, {@code FRI-MON}), steps <code>&#42;/n</code>, {@code a/n}, {@code a-b/n}, and
 *       comma-separated lists of those;
 *   <li>months {@code 1-12} or {@code JAN}-{@code DEC}; days of the week {@code 1-7} counted
 *       from Sunday ({@code 1 = SUN}, {@code 7 = SAT}, as Cloudflare counts) or {@code
 *       SUN}-{@code SAT}; names are case-insensitive;
 *   <li>day of month: {@code L} (last day), {@code L-n} (n days before it), {@code LW} (last
 *       weekday), {@code L-nW}, {@code nW} (the weekday nearest to day n, within the month);
 *   <li>day of week: {@code L} (Saturday), {@code dL} (the last such day of the month), {@code
 *       d#n} (the n-th such day of the month, n from 1 to 5).
 * </ul>
 *
 * <p>When both day fields are restricted a day matches if either matches (classic cron); when
 * one is {@code *} only the other decides.
 */
public final class CronExpression {

  /** The Gregorian calendar repeats every 400 years: an expression that never fires in that span never fires. */
  private static final int SEARCH_DAYS = 146_097;

  private final String text;
  private final long minutes;
  private final long hours;
  private final long months;
  private final DayRule daysOfMonth;
  private final DayRule daysOfWeek;

  private CronExpression(String text, long minutes, long hours, long months, DayRule daysOfMonth, DayRule daysOfWeek) {
    this.text = text;
    this.minutes = minutes;
    this.hours = hours;
    this.months = months;
    this.daysOfMonth = daysOfMonth;
    this.daysOfWeek = daysOfWeek;
  }

  /**
   * Parses an expression.
   *
   * @param text the expression, e.g. {@code "0 3 * * MON-FRI"}
   * @return the parsed expression
   * @throws MiniflareException {@code ERR_VALIDATION} naming the expression, the field and what
   *     is wrong with it
   */
  public static CronExpression parse(String text) {
    if (text == null) {
      throw new MiniflareException(ErrorCode.ERR_VALIDATION, "Invalid cron expression: null; write five fields, e.g. \"0 3 * * *\"");
    }
    try {
      return CronParser.parse(text);
    } catch (CronParser.Invalid e) {
      throw new MiniflareException(ErrorCode.ERR_VALIDATION, "Invalid cron expression \"" + text + "\": " + e.getMessage());
    }
  }

  static CronExpression of(String text, long minutes, long hours, long months, DayRule daysOfMonth, DayRule daysOfWeek) {
    return new CronExpression(text, minutes, hours, months, daysOfMonth, daysOfWeek);
  }

  /**
   * Whether the expression fires at the minute containing {@code time}.
   *
   * @param time an instant; its seconds are ignored
   * @return {@code true} when the minute matches
   */
  public boolean matches(Instant time) {
    LocalDateTime t = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
    return matchesDate(t.toLocalDate()) && bit(hours, t.getHour()) && bit(minutes, t.getMinute());
  }

  /**
   * The first time the expression fires strictly after {@code after}.
   *
   * @param after an instant
   * @return the next fire time, a whole UTC minute; empty when the expression can never fire
   *     (e.g. {@code 0 0 30 FEB *})
   */
  public Optional<Instant> next(Instant after) {
    LocalDateTime start = LocalDateTime.ofInstant(after, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    LocalDate date = start.toLocalDate();
    int from = start.getHour() * 60 + start.getMinute();
    for (int day = 0; day < SEARCH_DAYS; day++, date = date.plusDays(1), from = 0) {
      if (!matchesDate(date)) {
        continue;
      }
      int minuteOfDay = firstMinute(from);
      if (minuteOfDay >= 0) {
        return Optional.of(date.atStartOfDay().plusMinutes(minuteOfDay).toInstant(ZoneOffset.UTC));
      }
    }
    return Optional.empty();
  }

  /** The first matching minute of a day at or after {@code from} (minutes since midnight), or -1. */
  private int firstMinute(int from) {
    for (int hour = from / 60; hour < 24; hour++) {
      if (!bit(hours, hour)) {
        continue;
      }
      for (int minute = hour == from / 60 ? from % 60 : 0; minute < 60; minute++) {
        if (bit(minutes, minute)) {
          return hour * 60 + minute;
        }
      }
    }
    return -1;
  }

  private boolean matchesDate(LocalDate date) {
    if (!bit(months, date.getMonthValue())) {
      return false;
    }
    if (daysOfMonth == null && daysOfWeek == null) {
      return true;
    }
    if (daysOfMonth == null) {
      return daysOfWeek.matches(date);
    }
    if (daysOfWeek == null) {
      return daysOfMonth.matches(date);
    }
    return daysOfMonth.matches(date) || daysOfWeek.matches(date);
  }

  private static boolean bit(long set, int value) {
    return (set & (1L << value)) != 0;
  }

  /**
   * The expression as written.
   *
   * @return the text given to {@link #parse}
   */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CronExpression && ((CronExpression) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text);
  }

  /** A rule for one of the day fields; {@code null} stands for {@code *}. */
  @FunctionalInterface
  interface DayRule {
    boolean matches(LocalDate date);

    /** The days of the month set in {@code days} (bit n = day n). */
    static DayRule daysOfMonth(long days) {
      return date -> bit(days, date.getDayOfMonth());
    }

    /** The weekdays set in {@code days} (bit 0 = Sunday ... bit 6 = Saturday). */
    static DayRule daysOfWeek(long days) {
      return date -> bit(days, sundayBased(date.getDayOfWeek()));
    }

    /** {@code L} / {@code L-n}: the last day of the month, or {@code offset} days before it. */
    static DayRule lastDay(int offset) {
      return date -> date.getDayOfMonth() == date.lengthOfMonth() - offset;
    }

    /** {@code LW} / {@code L-nW}: the weekday nearest to the last day (less {@code offset}). */
    static DayRule lastWeekday(int offset) {
      return date -> {
        int target = date.lengthOfMonth() - offset;
        return target >= 1 && date.getDayOfMonth() == nearestWeekday(date, target);
      };
    }

    /** {@code nW}: the weekday nearest to day {@code day}, never leaving the month. */
    static DayRule nearestWeekday(int day) {
      return date -> day <= date.lengthOfMonth() && date.getDayOfMonth() == nearestWeekday(date, day);
    }

    /** {@code dL}: the last {@code weekday} (0 = Sunday) of the month. */
    static DayRule lastOfMonth(int weekday) {
      return date -> sundayBased(date.getDayOfWeek()) == weekday && date.getDayOfMonth() + 7 > date.lengthOfMonth();
    }

    /** {@code d#n}: the {@code nth} {@code weekday} (0 = Sunday) of the month. */
    static DayRule nth(int weekday, int nth) {
      return date -> sundayBased(date.getDayOfWeek()) == weekday && (date.getDayOfMonth() - 1) / 7 + 1 == nth;
    }

    private static int nearestWeekday(LocalDate anyDayOfMonth, int day) {
      DayOfWeek weekday = anyDayOfMonth.withDayOfMonth(day).getDayOfWeek();
      int length = anyDayOfMonth.lengthOfMonth();
      if (weekday == DayOfWeek.SATURDAY) {
        return day == 1 ? 3 : day - 1;
      }
      if (weekday == DayOfWeek.SUNDAY) {
        return day == length ? day - 2 : day + 1;
      }
      return day;
    }

    private static int sundayBased(DayOfWeek day) {
      return day.getValue() % 7;
    }
  }
}
