package io.experiencelake.core.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.ValidationLimitExceededException;
import com.networknt.schema.path.PathType;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The JSON Schema (draft 2020-12) of {@code lake.json}, loaded from the classpath and ready to
 * validate a parsed document.
 *
 * <p>The schema files ship in this library under {@code io/experiencelake/core/schema/v1/}, one per
 * main type, each with an {@code $id} under {@value #ID_PREFIX}; references between them are
 * resolved from the classpath, never from the network. Every reference is resolved once, when the
 * class is loaded, so a broken schema fails at once rather than on some later input.
 *
 * <pre>{@code
 * List<Diagnostic> problems = LakeSchema.get().validate(tree);   // empty when the tree is valid
 * }</pre>
 */
public final class LakeSchema {

  /** The prefix of every {@code $id} of the lake's schemas. */
  public static final String ID_PREFIX = "https://experiencelake.io/schema/v1/";

  private static final String CLASSPATH_PREFIX = "classpath:io/experiencelake/core/schema/v1/";
  private static final LakeSchema INSTANCE = new LakeSchema(Lake.SCHEMA_URI, ID_PREFIX, CLASSPATH_PREFIX);

  private final SchemaRegistry registry;
  private final Schema root;
  private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();

  /**
   * Loads the schema {@code rootId}, mapping ids under {@code idPrefix} to classpath resources under
   * {@code classpathPrefix}, and resolves every reference.
   *
   * @throws IllegalStateException when a schema file is missing or a reference does not resolve
   */
  LakeSchema(String rootId, String idPrefix, String classpathPrefix) {
    try {
      this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
          .schemaLoader(loader -> loader
              .fetchRemoteResources(false)
              .schemaIdResolvers(resolvers -> resolvers.mapPrefix(idPrefix, classpathPrefix)))
          .schemaRegistryConfig(SchemaRegistryConfig.builder()
              .formatAssertionsEnabled(true)
              .pathType(PathType.JSON_POINTER)
              .locale(Locale.ROOT)
              .build()));
      this.root = registry.getSchema(SchemaLocation.of(rootId));
      root.initializeValidators();
    } catch (RuntimeException e) {
      throw new IllegalStateException("the JSON Schema " + rootId + " cannot be loaded from " + classpathPrefix + ": " + e.getMessage(), e);
    }
  }

  /** The schema of {@code lake.json}. */
  public static LakeSchema get() {
    return INSTANCE;
  }

  /**
   * Every way {@code document} breaks the schema, in document order, one diagnostic per problem;
   * empty when it is valid.
   *
   * <p>The diagnostics carry JSON Pointers but no line and column: the tree does not know them.
   * {@link LakeJson#read(String, String, io.experiencelake.core.check.CheckOptions)} adds them.
   */
  public List<Diagnostic> validate(JsonNode document) {
    List<Error> errors;
    try {
      errors = root.validate(document);
    } catch (SchemaException | ValidationLimitExceededException e) {
      return List.of(Diagnostic.of(Rule.SCHEMA, "", "the schema check could not finish: " + e.getMessage(),
          "make the document smaller or simpler"));
    } catch (JacksonException e) {
      // networknt compares an integer bound with the value as a long, and fails on a whole number beyond that
      // range: each such number is reported, in document order.
      List<Diagnostic> tooLarge = new ArrayList<>();
      walk(document, JsonPointer.empty(), (pointer, node) -> {
        boolean whole = node.isIntegralNumber() || (node.isFloatingPointNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0);
        if (whole && !node.canConvertToLong()) {
          tooLarge.add(Diagnostic.of(Rule.SCHEMA, pointer.toString(), "the number " + node + " is too large for any field of a lake",
              "write the number this field means; counts, ranks and exit codes fit in 32 bits"));
        }
      });
      return tooLarge.isEmpty()
          ? List.of(Diagnostic.of(Rule.SCHEMA, "", "the schema check could not finish: " + e.getOriginalMessage(),
              "compare the document with the lake's JSON Schema at " + Lake.SCHEMA_URI))
          : List.copyOf(tooLarge);
    }
    return inDocumentOrder(document, new SchemaErrors(document, this::schemaAt).translate(errors));
  }

  /** The schema node at an absolute location such as {@code https://…/entry.json#/properties/claim}. */
  private JsonNode schemaAt(String location) {
    int hash = location.indexOf('#');
    String iri = hash < 0 ? location : location.substring(0, hash);
    String fragment = hash < 0 ? "" : location.substring(hash + 1);
    JsonNode document;
    try {
      document = documents.computeIfAbsent(iri, id -> registry.getSchema(SchemaLocation.of(id)).getSchemaNode());
    } catch (SchemaException e) {
      return MissingNode.getInstance();
    }
    return fragment.isEmpty() ? document : document.at(fragment);
  }

  /** Sorts by where each pointer's value (or, for a missing one, its nearest enclosing value) comes in the document. */
  private static List<Diagnostic> inDocumentOrder(JsonNode document, List<Diagnostic> diagnostics) {
    if (diagnostics.size() < 2) {
      // Nothing to sort: numbering every node of a large valid lake would cost as much as parsing it.
      return List.copyOf(diagnostics);
    }
    Map<String, Integer> ordinals = new HashMap<>();
    walk(document, JsonPointer.empty(), (pointer, node) -> ordinals.put(pointer.toString(), ordinals.size()));
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Comparator.comparingInt(d -> ordinal(ordinals, d.pointer())));
    return List.copyOf(sorted);
  }

  /** Visits {@code node} and every value inside it, in document order, with its pointer. */
  private static void walk(JsonNode node, JsonPointer pointer, BiConsumer<JsonPointer, JsonNode> visit) {
    visit.accept(pointer, node);
    if (node.isObject()) {
      node.properties().forEach(member -> walk(member.getValue(), pointer.appendProperty(member.getKey()), visit));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer.appendIndex(i), visit);
      }
    }
  }

  private static int ordinal(Map<String, Integer> ordinals, String pointer) {
    for (JsonPointer at = JsonPointer.compile(pointer); at != null; at = at.head()) {
      Integer ordinal = ordinals.get(at.toString());
      if (ordinal != null) {
        return ordinal;
      }
    }
    return 0;
  }
}
