package io.experiencelake.applications;

import io.experiencelake.core.Lake;
import java.nio.file.Path;

/**
 * A second process for the concurrency and crash tests: applies the test lake to the plain-text job
 * {@code COUNT} times into {@code FOLDER}, printing {@code applied N} after each.
 *
 * <pre>
 * java -cp … io.experiencelake.applications.LedgerChild FOLDER COUNT COMPANY
 * </pre>
 */
final class LedgerChild {

  private LedgerChild() {}

  public static void main(String[] args) throws Exception {
    Ledger ledger = Ledger.open(Path.of(args[0]));
    int count = Integer.parseInt(args[1]);
    Lake lake = Fixture.lake();
    JobFile job = Fixture.textJob();
    for (int i = 1; i <= count; i++) {
      Applied applied = ledger.apply(lake, job, Fixture.options(args[2]));
      System.out.println("applied " + i + " " + applied.record().folder());
      System.out.flush();
    }
  }

  /** Starts a child JVM applying {@code count} times into {@code folder}. */
  static Process start(Path folder, int count, String company) throws java.io.IOException {
    String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    return new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        LedgerChild.class.getName(), folder.toString(), Integer.toString(count), company)
        .redirectErrorStream(true)
        .start();
  }
}
