package io.experiencelake.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --applications DIR}, the folder with the ledger: one option shared by {@code lake apply} and {@code lake applications}. */
final class ApplicationsFolder {

  @Option(names = "--applications", paramLabel = "DIR", defaultValue = "applications",
      description = "The applications folder, with the ledger. Default: ${DEFAULT-VALUE}.")
  Path path;
}
