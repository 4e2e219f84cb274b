package io.experiencelake.core;

/** The three honest states of a claim. */
public enum StatusKind {
  /** Done, with the date it was done. */
  ACHIEVED,
  /** In progress, as of a date. */
  CURRENT,
  /** Planned; never shown as done. */
  TARGET
}
