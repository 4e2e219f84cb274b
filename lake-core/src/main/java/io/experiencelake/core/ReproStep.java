package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A command that reproduces a result: its argv (run with no shell), working directory under the
 * evidence root, expected exit code, and the expected output's digest or a substring of it.
 *
 * <p>It is never run unless the caller explicitly allows commands.
 */
@Value.Immutable
@JsonTypeName("repro-step")
@JsonSerialize(as = ImmutableReproStep.class)
@JsonDeserialize(as = ImmutableReproStep.class)
public non-sealed interface ReproStep extends EvidenceAnchor {

  /** The command and its arguments, e.g. {@code ["python3", "check.py", "--run", "42"]}. */
  List<String> argv();

  /** Working directory relative to the evidence root; {@code .} by default. */
  @Value.Default
  default String workingDir() {
    return ".";
  }

  /** The expected exit code; 0 by default. */
  @Value.Default
  default int expectedExit() {
    return 0;
  }

  /** SHA-256 of the expected standard output. */
  Optional<String> outputSha256();

  /** A substring the standard output must contain. */
  Optional<String> outputContains();

  @JsonIgnore
  @Override
  default EvidenceKind kind() {
    return EvidenceKind.REPRO_STEP;
  }

  @Value.Check
  default void check() {
    if (argv().isEmpty() || argv().get(0).isBlank()) {
      throw LakeException.of(Rule.BAD_ANCHOR, "/argv", "a repro step has no command", "give the command and its arguments, e.g. [\"make\", \"check\"]");
    }
    if (!workingDir().equals(".")) {
      Texts.requireRelativePath(workingDir(), "/workingDir");
    }
    if (outputSha256().isEmpty() && outputContains().isEmpty()) {
      throw LakeException.of(Rule.BAD_ANCHOR, "", "repro step '" + String.join(" ", argv()) + "' says nothing about its output",
          "give 'outputSha256' or 'outputContains' so a run can be compared with the claim");
    }
    outputSha256().ifPresent(d -> Texts.requireDigest(d, "/outputSha256"));
  }
}
