package io.experiencelake.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** The official SARIF 2.1.0 JSON Schema (a test resource, see {@code sarif/SOURCE.md}), ready to validate a log. */
final class SarifSchema {

  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  /** Every way {@code log} breaks the SARIF 2.1.0 schema, one line each; empty when it is valid. */
  static List<String> problems(String log) {
    List<Error> errors = SCHEMA.validate(log, InputFormat.JSON);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).collect(Collectors.toList());
  }

  private static Schema load() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, builder -> builder
        .schemaLoader(loader -> loader.fetchRemoteResources(false))
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
      Schema schema = registry.getSchema(in);
      schema.initializeValidators();
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
