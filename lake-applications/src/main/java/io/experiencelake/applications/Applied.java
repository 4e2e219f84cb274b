package io.experiencelake.applications;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.render.RenderRun;
import java.nio.file.Path;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link Ledger#apply} did: the record appended, the folder written, the render behind it, and
 * its warnings (each entry refused for its evidence among them).
 */
@Value.Immutable
public interface Applied {

  /** The record appended to the ledger. */
  ApplicationRecord record();

  /** The application's folder. */
  Path folder();

  /** The render whose files the folder holds. */
  RenderRun run();

  /** The render's warnings, and a {@link io.experiencelake.core.Rule#ENTRY_NOT_SENT} warning for each entry whose evidence did not verify; pointers into the lake. */
  List<Diagnostic> warnings();
}
