package io.experiencelake.applications;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.IoErrors;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.hash.ContentHash;
import io.experiencelake.tailor.JobAd;
import io.experiencelake.tailor.JobAds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A job ad as read from its file: the exact bytes (copied into the application's folder and hashed
 * into its record) and the job they describe.
 *
 * <pre>{@code
 * JobFile job = JobFile.read(Path.of("acme-ml-platform.txt"));   // or a JSON Resume job, *.json
 * job.ad().title();
 * }</pre>
 */
@Value.Immutable
public interface JobFile {

  /** The name of the copy of a plain-text ad in an application folder. */
  String TEXT_COPY = "job.txt";

  /** The name of the copy of a JSON Resume job document in an application folder. */
  String JSON_COPY = "job.json";

  /** The most bytes a job ad may have: far more than any real ad. */
  int MAX_BYTES = 1024 * 1024;

  /** The file's name as given, e.g. {@code jobs/acme.txt}. */
  String source();

  /** The file's bytes. */
  byte[] bytes();

  /** The job the bytes describe. */
  JobAd ad();

  /** The SHA-256 of {@link #bytes()}. */
  @Value.Lazy
  default ContentHash sha256() {
    return ContentHash.sha256Of(bytes());
  }

  /** The name of the copy in the application's folder: {@value #JSON_COPY} for a JSON Resume job, else {@value #TEXT_COPY}. */
  default String copyName() {
    return source().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON_COPY : TEXT_COPY;
  }

  /**
   * Reads the job ad in {@code file}, as {@link JobAds#read(Path)} reads it.
   *
   * @throws LakeException located in the file, when it cannot be read, holds more than
   *     {@value #MAX_BYTES} bytes, is not UTF-8, or is a JSON Resume job document with errors
   */
  static JobFile read(Path file) {
    String source = file.toString();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw unreadable(source, "cannot read the job ad " + source + ": " + IoErrors.reason(e),
          "check that the file exists and can be read");
    }
    if (bytes.length > MAX_BYTES) {
      throw unreadable(source, "the job ad " + source + " is over " + MAX_BYTES / 1024 + " KiB, far more than an ad",
          "save the ad's text alone (plain text or a JSON Resume job document)");
    }
    return ImmutableJobFile.builder().source(source).bytes(bytes).ad(JobAds.read(bytes, source)).build();
  }

  private static LakeException unreadable(String source, String message, String hint) {
    Diagnostic d = Diagnostic.of(Rule.UNREADABLE, "", message, hint);
    return new LakeException(List.of(ImmutableDiagnostic.copyOf(d).withSource(source)));
  }
}
