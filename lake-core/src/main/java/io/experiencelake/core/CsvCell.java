package io.experiencelake.core;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where a number sits in a CSV report: the value in {@link #column()} of the row whose
 * {@link #keyColumn()} equals {@link #key()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCsvCell.class)
@JsonDeserialize(as = ImmutableCsvCell.class)
public interface CsvCell {

  /** The header of the column holding the value, e.g. {@code p99_ms}. */
  String column();

  /** The header of the column that identifies rows, e.g. {@code service}. */
  String keyColumn();

  /** The row's key, e.g. {@code ingress}. */
  String key();

  @Value.Check
  default void check() {
    Texts.requireText(column(), "/column", "CSV column");
    Texts.requireText(keyColumn(), "/keyColumn", "CSV key column");
    Texts.requireText(key(), "/key", "CSV row key");
  }
}
