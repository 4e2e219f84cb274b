package io.experiencelake.applications;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where an application stands, as {@code lake applications mark} records it: each status is an
 * event appended to the ledger, never an edit of the application.
 */
public enum ApplicationStatus {
  /** Sent; the status every application starts with. */
  APPLIED,
  /** The company is screening it (a recruiter call, a test). */
  SCREENING,
  /** Invited to, or in, interviews. */
  INTERVIEW,
  /** An offer was made. */
  OFFER,
  /** The company said no. */
  REJECTED,
  /** The candidate withdrew. */
  WITHDRAWN;

  /** The status as written in the ledger and on the command line, e.g. {@code interview}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status whose {@link #label()} is {@code label}, if there is one. */
  public static Optional<ApplicationStatus> of(String label) {
    return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst();
  }

  /** Every label, comma-separated: {@code applied, screening, …}. */
  static String labels() {
    return Arrays.stream(values()).map(ApplicationStatus::label).collect(Collectors.joining(", "));
  }
}
