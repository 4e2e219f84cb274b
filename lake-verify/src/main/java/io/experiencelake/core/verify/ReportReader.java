package io.experiencelake.core.verify;

import io.experiencelake.core.CsvCell;
import io.experiencelake.core.FileKinds;
import io.experiencelake.core.IoErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads one number from a JSON report (at a JSON Pointer) or a CSV report (at a column and row key). */
final class ReportReader {

  /**
   * The number read, or why none could be read ({@code problem}, in plain words, {@code null} when
   * a number was read); {@code rejected} when the report changed into something that must not be
   * read after it was resolved.
   */
  record Reading(double value, String problem, boolean rejected) {

    static Reading of(double value) {
      return new Reading(value, null, false);
    }

    static Reading problem(String problem) {
      return new Reading(Double.NaN, problem, false);
    }

    /** No number, because the report changed into something that must not be read after it was resolved. */
    static Reading rejected(String problem) {
      return new Reading(Double.NaN, problem, true);
    }

    /** Whether a number was read. */
    boolean isRead() {
      return problem == null;
    }
  }

  /** Reports are read leniently about layout but strictly about ambiguity: a duplicate key is an error. */
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** RFC 4180 with a header row; spaces around unquoted values are ignored. */
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreSurroundingSpaces(true)
      .get();

  private static final char BOM = '\uFEFF';

  private ReportReader() {}

  /** The number at {@code pointer} in the JSON report {@code file} under {@code root}, shown to people as {@code name}. */
  static Reading json(EvidenceRoot root, Path file, String name, String pointer) {
    JsonPointer at;
    try {
      at = JsonPointer.compile(pointer);
    } catch (IllegalArgumentException e) {
      return Reading.problem("'" + pointer + "' is not a valid JSON Pointer");
    }
    JsonNode tree;
    try (InputStream in = root.open(file)) {
      tree = JSON.readTree(in);
    } catch (JacksonException e) {
      return Reading.problem(name + " is not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
    } catch (EvidenceRoot.ChangedException e) {
      return Reading.rejected(e.getMessage());
    } catch (IOException e) {
      return Reading.problem(name + " could not be read: " + EvidenceRoot.reason(e));
    }
    if (tree == null || tree.isMissingNode()) {
      return Reading.problem(name + " is empty");
    }
    JsonNode node = tree.at(at);
    if (node.isMissingNode()) {
      return Reading.problem(name + " has nothing at " + (pointer.isEmpty() ? "its root" : pointer));
    }
    if (!node.isNumber()) {
      String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
      return Reading.problem("the value at " + (pointer.isEmpty() ? "the root" : pointer) + " in " + name + " is "
          + (node.isNull() ? "null" : FileKinds.withArticle(type) + " (" + Anchors.abbreviate(node.toString(), 60) + ")")
          + ", not a number");
    }
    return Reading.of(node.doubleValue());
  }

  /** The number in {@code cell} of the CSV report {@code file} under {@code root}, shown to people as {@code name}. */
  static Reading csv(EvidenceRoot root, Path file, String name, CsvCell cell) {
    try (Reader reader = withoutBom(new InputStreamReader(root.open(file), StandardCharsets.UTF_8));
         CSVParser parser = CSVParser.parse(reader, CSV)) {
      for (String column : new String[] {cell.keyColumn(), cell.column()}) {
        if (!parser.getHeaderMap().containsKey(column)) {
          return Reading.problem(name + " has no column '" + column + "' (its columns are "
              + String.join(", ", parser.getHeaderNames()) + ")");
        }
      }
      String row = "row where " + cell.keyColumn() + " = '" + cell.key() + "'";
      CSVRecord found = null;
      for (CSVRecord record : parser) {
        if (record.isSet(cell.keyColumn()) && record.get(cell.keyColumn()).equals(cell.key())) {
          if (found != null) {
            return Reading.problem(name + " has more than one " + row + " (records " + found.getRecordNumber() + " and "
                + record.getRecordNumber() + ")");
          }
          found = record;
        }
      }
      if (found == null) {
        return Reading.problem(name + " has no " + row);
      }
      if (!found.isSet(cell.column())) {
        return Reading.problem("the " + row + " in " + name + " has no value in column '" + cell.column() + "'");
      }
      String text = found.get(cell.column()).strip();
      try {
        return Reading.of(new BigDecimal(text).doubleValue());
      } catch (NumberFormatException e) {
        return Reading.problem("column '" + cell.column() + "' of the " + row + " in " + name + " is '"
            + Anchors.abbreviate(text, 60) + "', not a number");
      }
    } catch (EvidenceRoot.ChangedException e) {
      return Reading.rejected(e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      return Reading.problem(name + " is not a readable CSV report: " + IoErrors.reason(e));
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Reading.problem(name + " is not a readable CSV report: " + message(e));
    }
  }

  private static Reader withoutBom(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first >= 0 && first != BOM) {
      in.unread(first);
    }
    return in;
  }

  private static String where(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
