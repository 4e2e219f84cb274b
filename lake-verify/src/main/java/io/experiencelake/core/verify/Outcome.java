package io.experiencelake.core.verify;

/** What verifying one evidence anchor found. */
public enum Outcome {
  /** The evidence matches the anchor: the digest, the number or the command's output. */
  VERIFIED,
  /** The evidence is there but says something else than the anchor; expected and actual are given. */
  MISMATCH,
  /** The file, directory or command the anchor names is not there. */
  MISSING,
  /** The anchor names an unsafe path ({@code ..}, absolute, or a symbolic link out of the root); nothing was read. */
  REJECTED,
  /** A repro step that was not run because commands were not allowed. */
  NOT_RUN,
  /** The anchor cannot be checked here: a link, or a receipt known only by an external id. */
  UNVERIFIABLE;

  /** Whether the evidence contradicts the claim or cannot be found: {@link #MISMATCH}, {@link #MISSING} or {@link #REJECTED}. */
  public boolean isFailure() {
    return this == MISMATCH || this == MISSING || this == REJECTED;
  }

  /** The outcome in lower case words, e.g. {@code not run}, for summaries. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
