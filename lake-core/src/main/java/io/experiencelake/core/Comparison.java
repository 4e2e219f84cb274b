package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How a report's actual value must relate to the claimed value: {@code actual OP claimed}. */
public enum Comparison {
  /** Equal, within the tolerance when one is given. */
  EQ("="),
  /** At most the claimed value (plus tolerance). */
  LE("<="),
  /** At least the claimed value (minus tolerance). */
  GE(">="),
  /** Strictly below the claimed value. */
  LT("<"),
  /** Strictly above the claimed value. */
  GT(">");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** The JSON symbol, e.g. {@code <=}. */
  @JsonValue
  public String symbol() {
    return symbol;
  }

  /** Reads a JSON symbol. */
  @JsonCreator
  public static Comparison fromSymbol(String symbol) {
    return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown comparison '" + symbol + "'; use =, <=, >=, < or >"));
  }

  /** Whether {@code actual} relates to {@code claimed} as this comparison says. */
  public boolean holds(double actual, double claimed, double tolerance) {
    return switch (this) {
      case EQ -> Math.abs(actual - claimed) <= tolerance;
      case LE -> actual <= claimed + tolerance;
      case GE -> actual >= claimed - tolerance;
      case LT -> actual < claimed;
      case GT -> actual > claimed;
    };
  }
}
