package io.experiencelake.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one Jackson configuration of the library: strict reading, deterministic writing. */
final class Mappers {

  /** The most characters one string (a claim, a summary) may hold: far more than any real text. */
  static final int MAX_STRING_LENGTH = 1_000_000;

  /**
   * The most bytes (and characters) a lake document may hold; checked before a file is read into
   * memory (a generated lake of 2,000 entries, the most a lake is designed for, is about 2.8 MiB);
   * a larger one that fits but not in the heap is a located error naming the heap size.
   */
  static final int MAX_DOCUMENT_LENGTH = 256 * 1024 * 1024;

  /**
   * The most characters one number may be written with (Jackson's default for JSON): reading a
   * whole number takes time that grows with the square of its digits.
   */
  static final int MAX_NUMBER_LENGTH = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;

  /** The most JSON tokens a lake document may hold, so the parsed tree stays bounded too. */
  static final long MAX_TOKEN_COUNT = 16_000_000;

  /**
   * Strict: duplicate keys, trailing tokens, unknown fields and NaN are errors; declaration order on
   * write. Within stream constraints, so hostile input (a huge string, a huge document, deep
   * nesting) fails fast with bounded memory; nesting keeps Jackson's default of 500 levels.
   */
  static final JsonMapper STRICT = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxStringLength(MAX_STRING_LENGTH)
              .maxNumberLength(MAX_NUMBER_LENGTH)
              .maxDocumentLength(MAX_DOCUMENT_LENGTH)
              .maxTokenCount(MAX_TOKEN_COUNT)
              .build())
          .build())
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
      .build();

  private Mappers() {}
}
