package io.experiencelake.maven;

import io.experiencelake.cli.DiagnosticsOutput;
import io.experiencelake.core.json.LoadedLake;
import java.time.LocalDate;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code lake:validate}: reads the lake and checks it (syntax, schema, invariants and lint), logs
 * every problem as a located line, writes the SARIF log, and fails the build on errors, or on
 * warnings with {@code failOnWarnings}.
 *
 * <pre>{@code
 * [ERROR] /home/alex/cv/lake.json:37:7 /entries/0/keywrds error LAKE-S002: entry 'phase-gates' has an unknown field 'keywrds'; …
 * }</pre>
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends LakeMojo {

  /** Made by Maven. */
  public ValidateMojo() {}

  @Override
  String goal() {
    return "validate";
  }

  @Override
  String whenNotLoaded() {
    return "";
  }

  @Override
  Findings check(LoadedLake loaded, LocalDate date) {
    int entries = loaded.lake().entries().size();
    return Findings.passed(loaded.warnings(), List.of(lakeFile + ": valid, " + entries + (entries == 1 ? " entry, " : " entries, ")
        + DiagnosticsOutput.counts(loaded.warnings())));
  }
}
