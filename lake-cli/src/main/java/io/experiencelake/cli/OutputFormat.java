package io.experiencelake.cli;

/** How a command writes its diagnostics. */
enum OutputFormat {
  /** Compiler-style lines, {@code lake.json:41:9 /entries/3/status error LAKE-I002: …}, then a summary. */
  TEXT,
  /** A JSON array of diagnostics, each with source, line, column, pointer, severity, code, message and hint. */
  JSON,
  /** A SARIF 2.1.0 log, for code-scanning tools. */
  SARIF
}
