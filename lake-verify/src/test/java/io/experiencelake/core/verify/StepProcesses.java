package io.experiencelake.core.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Finds the processes of a repro step by a token in their environment, which every process a step
 * starts inherits, whether it forks, double-forks or is orphaned; Linux only ({@code /proc}).
 */
public final class StepProcesses {

  private StepProcesses() {}

  /** A fresh {@code NAME=value} to start a step with through {@code env}. */
  public static String token() {
    return "LAKE_STEP_TOKEN=" + UUID.randomUUID();
  }

  /**
   * The processes still running (not zombies) whose environment holds {@code token}, after giving
   * the kernel up to two seconds to finish killing them.
   */
  public static List<ProcessHandle> aliveWith(String token) throws InterruptedException {
    List<ProcessHandle> alive = List.of();
    for (int i = 0; i < 40; i++) {
      alive = runningWith(token);
      if (alive.isEmpty()) {
        return alive;
      }
      Thread.sleep(50);
    }
    alive.forEach(ProcessHandle::destroyForcibly);
    return alive;
  }

  /** The processes running now (not zombies) whose environment holds {@code token}. */
  public static List<ProcessHandle> runningWith(String token) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.isAlive() && !isZombie(p.pid()) && environmentHolds(p.pid(), token))
        .collect(Collectors.toList());
  }

  private static boolean environmentHolds(long pid, String token) {
    try {
      byte[] environment = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"));
      return ("\0" + new String(environment, StandardCharsets.ISO_8859_1) + "\0").contains("\0" + token + "\0");
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  private static boolean isZombie(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
