package io.experiencelake.render;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/**
 * Thrown when the output path holds something a render must not replace: a folder no render wrote,
 * an earlier render's folder holding files it did not write, a file, a link, a device or a pipe.
 * Nothing was written.
 */
public final class OutputRefusedException extends FileAlreadyExistsException {

  private static final long serialVersionUID = 1L;

  private final boolean replaceableOnPurpose;

  OutputRefusedException(Path output, String reason, boolean replaceableOnPurpose) {
    super(output.toString(), null, reason);
    this.replaceableOnPurpose = replaceableOnPurpose;
  }

  /**
   * Whether writing with {@link ExistingOutput#REPLACE_ANY_RENDER} would replace it: it is an
   * earlier render's folder, only changed or added to since.
   */
  public boolean replaceableOnPurpose() {
    return replaceableOnPurpose;
  }
}
