package io.experiencelake.core.json;

import io.experiencelake.core.AtomicFiles;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.check.LakeChecker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@code lake.json}.
 *
 * <p>Reading reads the input once, parses it, validates the tree against {@link LakeSchema}, binds it to a
 * {@link Lake} and runs {@link LakeChecker}. Every problem found along the way becomes a
 * {@link Diagnostic} with the source name, line and column, JSON Pointer, message and hint; when
 * any is an error, {@link LakeException} carries them all. Nothing else escapes for bad input.
 *
 * <pre>{@code
 * try {
 *   Lake lake = LakeJson.read(Path.of("lake.json"), CheckOptions.today(LocalDate.of(2026, 11, 27))).lake();
 * } catch (LakeException e) {
 *   System.err.print(e.getMessage());   // lake.json:41:9 /entries/3/status error LAKE-I002: …
 * }
 * }</pre>
 *
 * <p>Writing is deterministic: {@code $schema} first, then fields in declaration order, absent
 * optionals and empty lists left out, {@code "key": value} with two-space indentation, {@code \n}
 * line ends, UTF-8, a trailing newline.
 */
public final class LakeJson {

  /** The writing side, made on first use: a command that only reads a lake never builds it. */
  private static final class Writing {
    static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    static final ObjectWriter WRITER = Mappers.STRICT.writer().with(LAYOUT);
  }

  private LakeJson() {}

  /**
   * Reads and checks the lake in the file at {@code path}, reading it once (so a named pipe or
   * {@code /dev/stdin} works too); diagnostics name the file as {@code path} was written.
   *
   * @throws LakeException carrying every diagnostic when the file cannot be read or holds any error
   */
  public static LoadedLake read(Path path, CheckOptions options) {
    return load(readFile(path), path.toString(), LocatingParser::parse, options);
  }

  /**
   * Reads and checks the lake in {@code in} (UTF-8), naming it {@code sourceName} in diagnostics;
   * the stream is read to its end and not closed.
   *
   * @throws LakeException carrying every diagnostic when the stream cannot be read or holds any error
   */
  public static LoadedLake read(InputStream in, String sourceName, CheckOptions options) {
    return load(readBounded(in, sourceName), sourceName, LocatingParser::parse, options);
  }

  /**
   * Reads and checks the lake in {@code json}, naming it {@code sourceName} in diagnostics.
   *
   * @throws LakeException carrying every diagnostic when the text holds any error
   */
  public static LoadedLake read(String json, String sourceName, CheckOptions options) {
    return withinMemory(sourceName, () -> read(LocatingParser.parse(json, sourceName), options));
  }

  /**
   * Validates, binds and checks a lake's tree read from any source, locating every diagnostic in
   * that source: the seam for formats other than JSON that map onto the same tree.
   *
   * @throws LakeException carrying every diagnostic (at most {@value LakeException#MOST_REPORTED}
   *     and a count of the rest) when reading found an error or the lake holds any
   */
  public static LoadedLake read(LocatedTree located, CheckOptions options) {
    Objects.requireNonNull(options, "options");
    List<Diagnostic> found = new ArrayList<>(located.problems());
    if (located.tree() == null) {
      throw new LakeException(found);
    }
    JsonNode tree = located.tree();
    locateInto(found, LakeSchema.get().validate(tree), located);
    if (found.stream().anyMatch(Diagnostic::isError)) {
      throw new LakeException(found);
    }
    // The schema has made sure the root is an object; the model has no '$schema'.
    ObjectNode body = (ObjectNode) tree;
    body.remove("$schema");
    Lake lake;
    try {
      lake = LakeTreeReader.read(body).orElseGet(() -> Mappers.STRICT.treeToValue(body, Lake.class));
    } catch (JacksonException e) {
      locateInto(found, bindingProblems(e, tree), located);
      throw new LakeException(found);
    } catch (LakeException e) {
      locateInto(found, e.diagnostics(), located);
      throw new LakeException(found);
    }
    locateInto(found, LakeChecker.check(lake, options), located);
    if (found.stream().anyMatch(Diagnostic::isError)) {
      throw new LakeException(found);
    }
    return LoadedLake.of(lake, LakeException.capped(found), located);
  }

  /** Adds the first of {@code diagnostics} to {@code found}, located, up to one more than are reported: the rest are only counted. */
  private static void locateInto(List<Diagnostic> found, List<Diagnostic> diagnostics, LocatedTree located) {
    for (Diagnostic d : diagnostics) {
      found.add(found.size() <= LakeException.MOST_REPORTED ? located.locate(d) : d);
    }
  }

  /**
   * Locates diagnostics found after loading (by verification, say) in the file the lake was read
   * from: each gets the file's name and the line and column where its pointer's value starts (or
   * its nearest enclosing value's, for a pointer with none).
   *
   * <pre>{@code
   * List<Diagnostic> located = LakeJson.locate(Path.of("lake.json"), problemsAtPointers);
   * }</pre>
   *
   * <p>Diagnostics that already have a line are kept as they are; when the file can no longer be
   * read or parsed, each gets only the file's name. This reads the file again: a lake at hand as a
   * {@link LoadedLake} locates them with {@link LoadedLake#locate} from what it read.
   */
  public static List<Diagnostic> locate(Path path, List<Diagnostic> diagnostics) {
    return locate(path, LocatingParser::parse, diagnostics);
  }

  /**
   * Locates diagnostics in the file at {@code path} as {@code parser} reads it (either format), or,
   * when it has no tree (it cannot be read or parsed), names only the file in those that name none.
   */
  static List<Diagnostic> locate(Path path, BiFunction<byte[], String, LocatingParser.Parsed> parser, List<Diagnostic> diagnostics) {
    String source = path.toString();
    LocatingParser.Parsed parsed;
    try {
      parsed = parser.apply(readFile(path), source);
    } catch (LakeException e) {
      parsed = null;
    }
    LocatedTree located = parsed != null && parsed.hasTree() ? parsed : null;
    return diagnostics.stream()
        .map(d -> located != null ? located.locate(d) : d.source().isPresent() ? d : ImmutableDiagnostic.copyOf(d).withSource(source))
        .toList();
  }

  /** Parses {@code bytes} (either format) with {@code parser} and loads the tree, {@link #withinMemory within memory}. */
  static LoadedLake load(byte[] bytes, String source, BiFunction<byte[], String, LocatingParser.Parsed> parser, CheckOptions options) {
    return withinMemory(source, () -> read(parser.apply(bytes, source), options));
  }

  /**
   * Runs a load (of either format), turning running out of memory into a located
   * {@link Rule#UNREADABLE} that names the limit, so a lake too large for the heap is bad input, not a crash.
   */
  static LoadedLake withinMemory(String source, Supplier<LoadedLake> load) {
    try {
      return load.get();
    } catch (OutOfMemoryError e) {
      throw unreadable(source, "cannot load " + source + ": it needs more memory than Java may use here (at most "
              + (Runtime.getRuntime().maxMemory() >> 20) + " MiB)",
          "give Java more memory (e.g. -Xmx2g, or JAVA_TOOL_OPTIONS=-Xmx2g for the lake command), or split the lake");
    }
  }

  /**
   * The diagnostics of a binding failure: a value's own check (its {@link LakeException}, under the
   * pointer of the value, each message opening with what the value is unless it is about the id)
   * or Jackson's complaint at the pointer it names.
   */
  private static List<Diagnostic> bindingProblems(JacksonException e, JsonNode tree) {
    JsonPointer pointer = JsonPointer.empty();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        pointer = pointer.appendProperty(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        pointer = pointer.appendIndex(reference.getIndex());
      }
    }
    String at = pointer.toString();
    for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause instanceof LakeException lakeException) {
        String subject = Words.subject(tree, pointer);
        return lakeException.diagnostics().stream().map(d -> d.pointer().equals("/id") ? d.under(at)
            : ImmutableDiagnostic.copyOf(d.under(at)).withMessage(subject + ": " + d.message())).toList();
      }
    }
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage().lines().findFirst().orElse("").strip();
    return List.of(Diagnostic.of(Rule.SCHEMA, at, "the value here cannot be read: " + message,
        "compare it with the lake's JSON Schema at " + Lake.SCHEMA_URI));
  }

  /** The file at {@code path}, read once as {@link #readBounded} reads a stream; a file that cannot be opened is {@link Rule#UNREADABLE}. */
  static byte[] readFile(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return readBounded(in, path.toString());
    } catch (IOException | SecurityException e) {
      throw unreadable(path.toString(), e);
    }
  }

  /**
   * Reads {@code in} to its end, but at most {@link Mappers#MAX_DOCUMENT_LENGTH} bytes, so a huge
   * input is refused before it fills memory; anything larger, or a stream that cannot be read, is
   * {@link Rule#UNREADABLE}.
   */
  static byte[] readBounded(InputStream in, String source) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(Mappers.MAX_DOCUMENT_LENGTH + 1);
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(source, e);
    }
    if (bytes.length > Mappers.MAX_DOCUMENT_LENGTH) {
      throw unreadable(source, "cannot read " + source + ": it is larger than " + (Mappers.MAX_DOCUMENT_LENGTH >> 20) + " MiB, the most a lake may hold",
          "check that the path names a lake.json; split a lake that big into smaller ones");
    }
    return bytes;
  }

  private static LakeException unreadable(String source, Exception e) {
    String why;
    if (e instanceof NoSuchFileException) {
      why = "there is no such file";
    } else if (e instanceof AccessDeniedException || e instanceof SecurityException) {
      why = "permission to read it was denied";
    } else {
      why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return unreadable(source, "cannot read " + source + ": " + why, "check that the path names a readable file");
  }

  /** The exception of one {@link Rule#UNREADABLE} problem in {@code source}. */
  private static LakeException unreadable(String source, String message, String hint) {
    return new LakeException(List.of(ImmutableDiagnostic.copyOf(Diagnostic.of(Rule.UNREADABLE, "", message, hint)).withSource(source)));
  }

  /**
   * The library's one strict Jackson configuration, for reading other JSON the same way a lake is
   * read: duplicate keys, trailing content and NaN are errors, within the stream constraints of a
   * lake (strings up to 1,000,000 characters, documents up to 256 MiB, 16,000,000 tokens).
   */
  public static JsonMapper strictMapper() {
    return Mappers.STRICT;
  }

  /**
   * The layout of {@code lake.json}, for other JSON files written the same way: two-space
   * indentation, {@code "key": value}, {@code \n} line ends, empty objects and arrays as {@code {}} and {@code []}.
   */
  public static PrettyPrinter layout() {
    return Writing.LAYOUT;
  }

  /** The lake as a JSON tree, {@code $schema} first. */
  public static ObjectNode toTree(Lake lake) {
    ObjectNode root = Mappers.STRICT.createObjectNode();
    root.put("$schema", Lake.SCHEMA_URI);
    root.setAll(LakeTreeWriter.write(lake));
    return root;
  }

  /** The lake's JSON text: deterministic, {@code \n} line ends, with a trailing newline. */
  public static String write(Lake lake) {
    return Writing.WRITER.writeValueAsString(toTree(lake)) + "\n";
  }

  /** The lake's JSON text as UTF-8 bytes. */
  public static byte[] writeBytes(Lake lake) {
    return write(lake).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes the lake to {@code target} atomically: into a new temporary file in the same folder,
   * flushed to disk, then moved over {@code target} in one step, so readers see the old file or
   * the whole new one, never a part.
   *
   * @throws IOException when the folder cannot be written or the move fails; {@code target} is
   *     then unchanged and the temporary file removed
   */
  public static void write(Lake lake, Path target) throws IOException {
    AtomicFiles.write(target, writeBytes(lake));
  }
}
