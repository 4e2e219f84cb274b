package io.experiencelake.render.jsonresume;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The official JSON Resume schema, validated with networknt.
 *
 * <p>{@code jsonresume-schema-1.3.1.json} in test resources is {@code schema.json} copied unchanged
 * from the npm package {@code @jsonresume/schema} 1.3.1, the version {@code interop/package-lock.json}
 * pins for the ajv check. The schema is JSON Schema draft-07 (its {@code $schema} says so), so it
 * is read with the draft-07 dialect.
 */
final class JsonResumeSchema {

  private static final Schema SCHEMA = load();

  private JsonResumeSchema() {}

  /** Every error of {@code json} against the schema, one line each: instance location and message. */
  static List<String> errors(String json) {
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON, context ->
        context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).collect(Collectors.toList());
  }

  private static Schema load() {
    try (InputStream in = JsonResumeSchema.class.getResourceAsStream("jsonresume-schema-1.3.1.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
