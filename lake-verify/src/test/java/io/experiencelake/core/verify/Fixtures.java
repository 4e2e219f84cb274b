package io.experiencelake.core.verify;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Comparison;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.ImmutableCsvCell;
import io.experiencelake.core.ImmutableDecision;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableLink;
import io.experiencelake.core.ImmutableOwner;
import io.experiencelake.core.ImmutableReceipt;
import io.experiencelake.core.ImmutableReportStat;
import io.experiencelake.core.ImmutableReproStep;
import io.experiencelake.core.ImmutableRunOutput;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Link;
import io.experiencelake.core.Receipt;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.ReproStep;
import io.experiencelake.core.RunOutput;
import io.experiencelake.core.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/** Evidence files and small lakes for the verifier's tests; digests are computed here with the JDK, not by the code under test. */
final class Fixtures {

  static final Status ACHIEVED = Achieved.on(LocalDate.of(2025, 3, 14));
  static final String ZEROS = "0".repeat(64);

  private Fixtures() {}

  /** SHA-256 of {@code bytes}, lowercase hex. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code content} to {@code relative} under {@code root}, making directories; returns its SHA-256. */
  static String write(Path root, String relative, String content) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return sha256(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RunOutput runOutput(String path, String sha256) {
    return ImmutableRunOutput.builder().path(path).sha256(sha256).build();
  }

  static Receipt receipt(String path, String sha256) {
    return ImmutableReceipt.builder().sha256(sha256).attests("phase 6 closed with 0 open findings").path(path).build();
  }

  static Receipt externalReceipt(String id) {
    return ImmutableReceipt.builder().sha256(ZEROS).attests("deployment approved").id(id).build();
  }

  static ImmutableReportStat.Builder jsonStat(String path, String pointer, double value) {
    return (ImmutableReportStat.Builder) ImmutableReportStat.builder()
        .path(path).metric("partial promotions after gates").value(value).unit("runs").pointer(pointer);
  }

  static ImmutableReportStat.Builder csvStat(String path, String column, String keyColumn, String key, double value) {
    return (ImmutableReportStat.Builder) ImmutableReportStat.builder()
        .path(path).metric("p99 latency").value(value).unit("ms")
        .cell(ImmutableCsvCell.builder().column(column).keyColumn(keyColumn).key(key).build());
  }

  static ReportStat stat(String path, String pointer, double claimed, Comparison comparison, Double tolerance) {
    ImmutableReportStat.Builder stat = jsonStat(path, pointer, claimed).comparison(comparison);
    if (tolerance != null) {
      stat.tolerance(tolerance);
    }
    return stat.build();
  }

  static ImmutableReproStep.Builder repro(String... argv) {
    return ImmutableReproStep.builder().addArgv(argv);
  }

  static Link link(String uri) {
    return ImmutableLink.builder().uri(URI.create(uri)).build();
  }

  static LakeEntry entry(String id, Status status, EvidenceAnchor... anchors) {
    return ImmutableLakeEntry.builder()
        .id(id).cluster("evidence-gated-runs")
        .claim("Gated each of 6 run phases on committed evidence")
        .constraint("Services promoted runs on timers")
        .decision(ImmutableDecision.builder().choice("Phase gates").consequence("Promotion waits for the slowest writer").build())
        .status(status)
        .addEvidence(anchors)
        .build();
  }

  static LakeEntry entry(String id, EvidenceAnchor... anchors) {
    return entry(id, ACHIEVED, anchors);
  }

  static Lake lake(LakeEntry... entries) {
    return lake(List.of(entries));
  }

  static Lake lake(List<LakeEntry> entries) {
    return ImmutableLake.builder()
        .owner(ImmutableOwner.builder().name("Alex Example").headline("ML platform engineer").build())
        .addAllEntries(entries)
        .build();
  }

  /** Verifies one anchor under {@code root} with default options. */
  static AnchorResult verifyOne(Path root, EvidenceAnchor anchor) {
    return verifyOne(VerifyOptions.root(root), anchor);
  }

  static AnchorResult verifyOne(VerifyOptions options, EvidenceAnchor anchor) {
    return Verifier.of(options).verify(entry("only", anchor)).anchors().get(0);
  }
}
