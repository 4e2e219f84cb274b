package io.experiencelake.dsl;

import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The start and end months of a story or an engagement, written as numbers and made only when the
 * value is built, so a bad month is reported with the value's other problems.
 */
final class MonthSpan {

  private Supplier<YearMonth> start = () -> null;
  private Supplier<YearMonth> end = () -> null;

  void start(int year, int month) {
    start = () -> Problems.month(year, month, "/start");
  }

  void end(int year, int month) {
    end = () -> Problems.month(year, month, "/end");
  }

  /** The start month, if written and a month; a bad one is recorded in {@code problems}. */
  Optional<YearMonth> start(Problems problems) {
    return Optional.ofNullable(problems.attempt("", start));
  }

  /** The end month, if written and a month; a bad one is recorded in {@code problems}. */
  Optional<YearMonth> end(Problems problems) {
    return Optional.ofNullable(problems.attempt("", end));
  }
}
