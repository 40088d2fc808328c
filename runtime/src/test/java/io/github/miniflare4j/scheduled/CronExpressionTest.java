package io.github.miniflare4j.scheduled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.MiniflareException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cloudflare's cron syntax: next fire times in UTC, the Quartz-like extensions, and refusals. */
class CronExpressionTest {

  private static Instant at(String utc) {
    return Instant.parse(utc);
  }

  private static Instant next(String cron, String after) {
    return CronExpression.parse(cron).next(at(after)).orElseThrow();
  }

  private static List<Instant> times(String cron, String after, int count) {
    CronExpression expression = CronExpression.parse(cron);
    List<Instant> times = new ArrayList<>();
    Instant t = at(after);
    for (int i = 0; i < count; i++) {
      t = expression.next(t).orElseThrow();
      times.add(t);
    }
    return times;
  }

  @Nested
  class NextFireTime {

    @Test
    void every_minute_fires_at_the_next_whole_minute_strictly_after() {
      assertThat(next("* * * * *", "2026-01-01T10:15:30Z")).isEqualTo(at("2026-01-01T10:16:00Z"));
      assertThat(next("* * * * *", "2026-01-01T10:16:00Z")).isEqualTo(at("2026-01-01T10:17:00Z"));
    }

    @Test
    void steps_ranges_and_lists_combine() {
      assertThat(times("*/20 9-10,14 * * *", "2026-01-01T00:00:00Z", 7)).containsExactly(
          at("2026-01-01T09:00:00Z"), at("2026-01-01T09:20:00Z"), at("2026-01-01T09:40:00Z"),
          at("2026-01-01T10:00:00Z"), at("2026-01-01T10:20:00Z"), at("2026-01-01T10:40:00Z"),
          at("2026-01-01T14:00:00Z"));
    }

    @Test
    void a_start_with_a_step_runs_to_the_end_of_the_field() {
      assertThat(times("50/4 0 * * *", "2026-01-01T00:00:00Z", 3)).containsExactly(
          at("2026-01-01T00:50:00Z"), at("2026-01-01T00:54:00Z"), at("2026-01-01T00:58:00Z"));
    }

    @Test
    void last_minute_of_the_day_rolls_over_to_the_next_day() {
      assertThat(next("59 23 * * *", "2026-01-01T23:59:30Z")).isEqualTo(at("2026-01-02T23:59:00Z"));
    }

    @Test
    void days_of_the_week_count_from_sunday_as_one() {
      // 2026-12-05 is a Saturday
      assertThat(next("0 17 * * 1", "2026-12-05T00:00:00Z")).isEqualTo(at("2026-12-06T17:00:00Z"));
      assertThat(next("0 17 * * sun", "2026-12-05T00:00:00Z")).isEqualTo(at("2026-12-06T17:00:00Z"));
      assertThat(next("10 7 * * 2-6", "2026-12-05T00:00:00Z")).isEqualTo(at("2026-12-07T07:10:00Z"));
      assertThat(next("10 7 * * mon-FRI", "2026-12-05T00:00:00Z")).isEqualTo(at("2026-12-07T07:10:00Z"));
    }

    @Test
    void a_range_whose_start_is_after_its_end_wraps_around() {
      // Thursday 2026-12-03 -> Fri, Sat, Sun, Mon
      assertThat(times("0 0 * * FRI-MON", "2026-12-03T00:00:00Z", 5)).containsExactly(
          at("2026-12-04T00:00:00Z"), at("2026-12-05T00:00:00Z"), at("2026-12-06T00:00:00Z"),
          at("2026-12-07T00:00:00Z"), at("2026-12-11T00:00:00Z"));
      assertThat(times("0 22-1 * * *", "2026-01-01T12:00:00Z", 4)).containsExactly(
          at("2026-01-01T22:00:00Z"), at("2026-01-01T23:00:00Z"), at("2026-01-02T00:00:00Z"),
          at("2026-01-02T01:00:00Z"));
    }

    @Test
    void month_names_are_case_insensitive_and_mix_with_numbers() {
      assertThat(times("0 0 1 jan,Jul,12 *", "2026-01-01T00:00:00Z", 3)).containsExactly(
          at("2026-07-01T00:00:00Z"), at("2026-12-01T00:00:00Z"), at("2027-01-01T00:00:00Z"));
    }

    @Test
    void feb_29_waits_for_the_next_leap_year() {
      assertThat(next("0 0 29 FEB *", "2026-03-01T00:00:00Z")).isEqualTo(at("2028-02-29T00:00:00Z"));
    }

    @Test
    void an_expression_that_can_never_fire_has_no_next_time() {
      assertThat(CronExpression.parse("0 0 30 FEB *").next(at("2026-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void both_day_fields_restricted_fire_on_either() {
      // 2026-12-13 is a Sunday; Fridays before it fire too
      assertThat(times("0 0 13 * FRI", "2026-12-05T00:00:00Z", 3)).containsExactly(
          at("2026-12-11T00:00:00Z"), at("2026-12-13T00:00:00Z"), at("2026-12-18T00:00:00Z"));
    }

    @Test
    void times_are_utc_without_daylight_saving_shifts() {
      // the last Sunday of March, when Europe moves its clocks: every hour still fires once
      assertThat(times("30 * * * *", "2026-03-29T00:00:00Z", 4)).containsExactly(
          at("2026-03-29T00:30:00Z"), at("2026-03-29T01:30:00Z"), at("2026-03-29T02:30:00Z"),
          at("2026-03-29T03:30:00Z"));
    }

    @Test
    void matches_tells_whether_a_minute_fires() {
      CronExpression weekdays = CronExpression.parse("*/5 9 * * MON-FRI");
      assertThat(weekdays.matches(at("2026-12-07T09:05:42Z"))).isTrue();
      assertThat(weekdays.matches(at("2026-12-07T09:06:00Z"))).isFalse();
      assertThat(weekdays.matches(at("2026-12-05T09:05:00Z"))).isFalse();
    }
  }

  @Nested
  class QuartzExtensions {

    @Test
    void L_is_the_last_day_of_the_month() {
      assertThat(times("0 0 L * *", "2026-01-15T00:00:00Z", 3)).containsExactly(
          at("2026-01-31T00:00:00Z"), at("2026-02-28T00:00:00Z"), at("2026-03-31T00:00:00Z"));
    }

    @Test
    void L_minus_n_counts_back_from_the_last_day() {
      assertThat(next("0 0 L-3 * *", "2026-02-01T00:00:00Z")).isEqualTo(at("2026-02-25T00:00:00Z"));
    }

    @Test
    void LW_is_the_last_weekday_of_the_month() {
      // 2026-05-31 is a Sunday, 2026-10-31 a Saturday
      assertThat(next("59 23 LW * *", "2026-05-01T00:00:00Z")).isEqualTo(at("2026-05-29T23:59:00Z"));
      assertThat(next("0 0 LW * *", "2026-10-01T00:00:00Z")).isEqualTo(at("2026-10-30T00:00:00Z"));
    }

    @Test
    void nW_is_the_weekday_nearest_to_day_n_within_the_month() {
      // 2026-03-15 is a Sunday -> Monday 16th; 2026-08-01 is a Saturday -> Monday 3rd (not July 31st)
      assertThat(next("0 0 15W * *", "2026-03-01T00:00:00Z")).isEqualTo(at("2026-03-16T00:00:00Z"));
      assertThat(next("0 0 1W * *", "2026-07-31T12:00:00Z")).isEqualTo(at("2026-08-03T00:00:00Z"));
      // 2026-05-31 is a Sunday at the end of the month -> Friday 29th
      assertThat(next("0 0 31W * *", "2026-05-01T00:00:00Z")).isEqualTo(at("2026-05-29T00:00:00Z"));
    }

    @Test
    void nW_skips_months_without_day_n() {
      // June has no 31st; 2026-07-31 is a Friday
      assertThat(next("0 0 31W * *", "2026-06-01T00:00:00Z")).isEqualTo(at("2026-07-31T00:00:00Z"));
    }

    @Test
    void dL_is_the_last_such_weekday_of_the_month() {
      // 2026-10-31 is a Saturday: the last Friday is the 30th
      assertThat(next("0 18 * * 6L", "2026-10-01T00:00:00Z")).isEqualTo(at("2026-10-30T18:00:00Z"));
      assertThat(next("0 18 * * friL", "2026-10-01T00:00:00Z")).isEqualTo(at("2026-10-30T18:00:00Z"));
    }

    @Test
    void a_lone_L_in_the_day_of_week_field_is_saturday() {
      assertThat(times("0 0 * * L", "2026-12-01T00:00:00Z", 2)).containsExactly(
          at("2026-12-05T00:00:00Z"), at("2026-12-12T00:00:00Z"));
    }

    @Test
    void hash_picks_the_nth_weekday_of_the_month() {
      // December 2026: Mondays are the 7th, 14th, 21st, 28th
      assertThat(next("0 10 * * MON#2", "2026-12-01T00:00:00Z")).isEqualTo(at("2026-12-14T10:00:00Z"));
      assertThat(next("0 10 * * 2#4", "2026-12-01T00:00:00Z")).isEqualTo(at("2026-12-28T10:00:00Z"));
      // no fifth Monday in February 2026: the next one is in March (30th)
      assertThat(next("0 10 * * MON#5", "2026-02-01T00:00:00Z")).isEqualTo(at("2026-03-30T10:00:00Z"));
    }
  }

  @Nested
  class Refusals {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 25 * * *        | hour field \"25\": value \"25\" is out of range 0-23",
        "60 * * * *        | minute field \"60\": value \"60\" is out of range 0-59",
        "* * 0 * *         | day-of-month field \"0\": value \"0\" is out of range 1-31",
        "* * * 13 *        | month field \"13\": value \"13\" is out of range 1-12",
        "* * * * 0         | day-of-week field \"0\": value \"0\" is out of range 1-7; Cloudflare counts days of the week from 1 = SUN to 7 = SAT",
        "* * * * 8         | day-of-week field \"8\": value \"8\" is out of range 1-7",
        "* * * FOO *       | month field \"FOO\": \"FOO\" is not a value of 1-12 or JAN-DEC",
        "* * * * MONDAY    | \"MONDAY\" is not a value of 1-7 or SUN-SAT (names have three letters, e.g. MON)",
        "*/0 * * * *       | minute field \"*/0\": the step of \"*/0\" \"0\" is out of range 1-59",
        "* * * * MON#6     | day-of-week field \"MON#6\": n of d#n \"6\" is out of range 1-5",
        "* * 1,LW * *      | day-of-month field \"1,LW\": \"L\" must stand alone in the field",
        "* L * * *         | hour field \"L\": \"L\" is not a value of 0-23",
        "* * ? * MON       | \"?\" is not supported by Cloudflare's cron syntax",
        "1,,2 * * * *      | minute \"1,,2\" has an empty item in its list",
        "* * L-31 * *      | the offset of L-n \"31\" is out of range 1-30",
    })
    void a_bad_field_is_named_with_the_rule_it_breaks(String cron, String message) {
      assertThatThrownBy(() -> CronExpression.parse(cron))
          .isInstanceOf(MiniflareException.class)
          .hasMessageStartingWith("Invalid cron expression \"" + cron + "\": ")
          .hasMessageContaining(message);
    }

    @Test
    void a_wrong_number_of_fields_shows_the_layout() {
      assertThatThrownBy(() -> CronExpression.parse("0 0 * * * *"))
          .hasMessage("Invalid cron expression \"0 0 * * * *\": expected 5 fields (minute hour day-of-month month "
              + "day-of-week), found 6; Cloudflare crons have no seconds or year field");
      assertThatThrownBy(() -> CronExpression.parse(""))
          .hasMessageContaining("found 0");
    }
  }

  @Test
  void the_expression_reads_back_as_written() {
    assertThat(CronExpression.parse("*/5 * * * *")).hasToString("*/5 * * * *")
        .isEqualTo(CronExpression.parse("*/5 * * * *"));
  }
}
