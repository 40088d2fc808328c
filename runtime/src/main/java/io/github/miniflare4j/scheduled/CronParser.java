package io.github.miniflare4j.scheduled;

import io.github.miniflare4j.scheduled.CronExpression.DayRule;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the five fields of a Cloudflare cron expression (see {@link CronExpression}); every
 * refusal names the field, the part of it that is wrong and the rule.
 */
final class CronParser {

  /** One field's name, bounds and value names; the day of the week is counted from Sunday = 1. */
  private enum Field {
    MINUTE("minute", 0, 59, List.of()),
    HOUR("hour", 0, 23, List.of()),
    DAY_OF_MONTH("day-of-month", 1, 31, List.of()),
    MONTH("month", 1, 12, List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")),
    DAY_OF_WEEK("day-of-week", 1, 7, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"));

    final String label;
    final int min;
    final int max;
    final List<String> names;

    Field(String label, int min, int max, List<String> names) {
      this.label = label;
      this.min = min;
      this.max = max;
      this.names = names;
    }

    String range() {
      String numbers = min + "-" + max;
      return names.isEmpty() ? numbers : numbers + " or " + names.get(0) + "-" + names.get(names.size() - 1);
    }
  }

  private static final String LAYOUT = "minute hour day-of-month month day-of-week";
  private static final Pattern LAST_DAY = Pattern.compile("L(?:-(\\d+))?(W)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEAREST_WEEKDAY = Pattern.compile("(\\d+)W", Pattern.CASE_INSENSITIVE);
  private static final Pattern LAST_WEEKDAY_OF_MONTH = Pattern.compile("(\\w+?)L", Pattern.CASE_INSENSITIVE);
  private static final Pattern NTH_WEEKDAY = Pattern.compile("(\\w+)#(\\d+)");

  /** A refusal; {@link CronExpression#parse} adds the expression to the message. */
  static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  private CronParser() {}

  static CronExpression parse(String text) {
    String trimmed = text.trim();
    String[] fields = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    if (fields.length != 5) {
      throw new Invalid("expected 5 fields (" + LAYOUT + "), found " + fields.length
          + (fields.length == 6 ? "; Cloudflare crons have no seconds or year field" : ""));
    }
    for (String field : fields) {
      if (field.contains("?")) {
        throw new Invalid("\"?\" is not supported by Cloudflare's cron syntax: write \"*\" in field \"" + field + "\"");
      }
    }
    return CronExpression.of(text,
        values(Field.MINUTE, fields[0]),
        values(Field.HOUR, fields[1]),
        values(Field.MONTH, fields[3]),
        dayOfMonth(fields[2]),
        dayOfWeek(fields[4]));
  }

  /** {@code null} for {@code *}. */
  private static DayRule dayOfMonth(String field) {
    if (field.equals("*")) {
      return null;
    }
    Matcher last = LAST_DAY.matcher(field);
    if (last.matches()) {
      int offset = last.group(1) == null ? 0 : number(Field.DAY_OF_MONTH, field, last.group(1), 1, 30, "the offset of L-n");
      return last.group(2) == null ? DayRule.lastDay(offset) : DayRule.lastWeekday(offset);
    }
    Matcher nearest = NEAREST_WEEKDAY.matcher(field);
    if (nearest.matches()) {
      return DayRule.nearestWeekday(number(Field.DAY_OF_MONTH, field, nearest.group(1), 1, 31, "the day of nW"));
    }
    refuseSpecial(Field.DAY_OF_MONTH, field, "LW");
    return DayRule.daysOfMonth(values(Field.DAY_OF_MONTH, field));
  }

  /** {@code null} for {@code *}. */
  private static DayRule dayOfWeek(String field) {
    if (field.equals("*")) {
      return null;
    }
    if (field.equalsIgnoreCase("L")) {
      return DayRule.daysOfWeek(1L << 6); // a lone L is the last day of the week: Saturday
    }
    Matcher nth = NTH_WEEKDAY.matcher(field);
    if (nth.matches()) {
      int day = value(Field.DAY_OF_WEEK, field, nth.group(1));
      int n = number(Field.DAY_OF_WEEK, field, nth.group(2), 1, 5, "n of d#n");
      return DayRule.nth(day - 1, n);
    }
    Matcher last = LAST_WEEKDAY_OF_MONTH.matcher(field);
    if (last.matches()) {
      return DayRule.lastOfMonth(value(Field.DAY_OF_WEEK, field, last.group(1)) - 1);
    }
    refuseSpecial(Field.DAY_OF_WEEK, field, "L#");
    // bit n-1 for day n: Sunday (1) is bit 0
    return DayRule.daysOfWeek(values(Field.DAY_OF_WEEK, field) >>> 1);
  }

  private static void refuseSpecial(Field field, String text, String allowedAlone) {
    for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
      boolean special = c == 'L' || c == 'W' || c == '#';
      if (special && !isInsideName(field, text)) {
        throw new Invalid(field.label + " field \"" + text + "\": \"" + c + "\" "
            + (allowedAlone.indexOf(c) >= 0 ? "must stand alone in the field (no lists or ranges with it)"
                : "is not allowed in the " + field.label + " field"));
      }
    }
  }

  /** Whether the letters of {@code text} are those of value names (JUL, WED, ...), not L/W/#. */
  private static boolean isInsideName(Field field, String text) {
    if (field.names.isEmpty() || text.contains("#")) {
      return false;
    }
    String rest = text.toUpperCase(Locale.ROOT);
    for (String name : field.names) {
      rest = rest.replace(name, "");
    }
    return rest.chars().noneMatch(c -> c == 'L' || c == 'W');
  }

  /** The set of values of a plain field as bits (bit n = value n). */
  private static long values(Field field, String text) {
    long bits = 0;
    for (String item : text.split(",", -1)) {
      if (item.isEmpty()) {
        throw new Invalid(field.label + " \"" + text + "\" has an empty item in its list");
      }
      bits |= item(field, text, item);
    }
    return bits;
  }

  private static long item(Field field, String text, String item) {
    int slash = item.indexOf('/');
    String range = slash < 0 ? item : item.substring(0, slash);
    int step = 1;
    if (slash >= 0) {
      step = number(field, text, item.substring(slash + 1), 1, field.max - field.min, "the step of \"" + item + "\"");
    }
    int start;
    int end;
    if (range.equals("*")) {
      start = field.min;
      end = field.max;
    } else {
      int dash = range.indexOf('-', 1);
      start = value(field, text, dash < 0 ? range : range.substring(0, dash));
      // "a/n" runs from a to the field's maximum
      end = dash >= 0 ? value(field, text, range.substring(dash + 1)) : slash >= 0 ? field.max : start;
    }
    long bits = 0;
    int span = field.max - field.min + 1;
    // a range whose start is after its end wraps around the field's maximum
    int count = (end - start + span) % span;
    for (int i = 0; i <= count; i += step) {
      bits |= 1L << (field.min + (start - field.min + i) % span);
    }
    return bits;
  }

  private static int value(Field field, String text, String token) {
    for (int i = 0; i < field.names.size(); i++) {
      if (field.names.get(i).equalsIgnoreCase(token)) {
        return field.min + i;
      }
    }
    if (!token.matches("\\d+")) {
      throw new Invalid(field.label + " field \"" + text + "\": \"" + token + "\" is not a value of " + field.range()
          + hint(field, token));
    }
    return number(field, text, token, field.min, field.max, "value");
  }

  private static String hint(Field field, String token) {
    if (field == Field.DAY_OF_WEEK && token.length() > 3 && field.names.contains(token.substring(0, 3).toUpperCase(Locale.ROOT))) {
      return " (names have three letters, e.g. " + token.substring(0, 3).toUpperCase(Locale.ROOT) + ")";
    }
    if (field == Field.MONTH && token.length() > 3 && field.names.contains(token.substring(0, 3).toUpperCase(Locale.ROOT))) {
      return " (names have three letters, e.g. " + token.substring(0, 3).toUpperCase(Locale.ROOT) + ")";
    }
    return "";
  }

  private static int number(Field field, String text, String token, int min, int max, String what) {
    int value;
    try {
      value = token.matches("\\d{1,9}") ? Integer.parseInt(token) : -1;
    } catch (NumberFormatException e) {
      value = -1;
    }
    if (value < min || value > max) {
      String sunday = field == Field.DAY_OF_WEEK && "0".equals(token) && min == 1
          ? "; Cloudflare counts days of the week from 1 = SUN to 7 = SAT (write SUN or 1 for Sunday)"
          : "";
      throw new Invalid(field.label + " field \"" + text + "\": " + what + " \"" + token + "\" is out of range " + min + "-" + max + sunday);
    }
    return value;
  }
}
