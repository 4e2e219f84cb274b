package io.experiencelake.core.verify;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The processes of one session, read from Linux's {@code /proc}: a repro step runs as the leader
 * of a session of its own ({@code setsid}), and every process it starts stays in that session
 * unless it makes one itself, even when orphaned by a double fork. Elsewhere (no {@code /proc})
 * nothing is found and the caller falls back on the process's descendants.
 */
final class ProcessSessions {

  private static final Path PROC = Path.of("/proc");
  private static final Pattern PID = Pattern.compile("[0-9]+");

  private ProcessSessions() {}

  /** Whether sessions can be read here: Linux, with {@code /proc} mounted. */
  static boolean available() {
    return Files.isReadable(PROC.resolve("self/stat"));
  }

  /** The live processes (zombies left out) of session {@code session}, the leader among them if alive. */
  static List<ProcessHandle> members(long session) {
    List<ProcessHandle> members = new ArrayList<>();
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, p -> PID.matcher(p.getFileName().toString()).matches())) {
      for (Path process : processes) {
        try {
          String stat = Files.readString(process.resolve("stat"));
          // "pid (comm) state ppid pgrp session ...": comm may hold spaces and parentheses, so split after the last ')'.
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          char state = fields[0].charAt(0);
          if (Long.parseLong(fields[3]) == session && state != 'Z' && state != 'X') {
            ProcessHandle.of(Long.parseLong(process.getFileName().toString())).ifPresent(members::add);
          }
        } catch (IOException | RuntimeException e) {
          // the process is gone, or its stat cannot be read
        }
      }
    } catch (IOException | RuntimeException e) {
      // /proc became unreadable: what was found is returned.
    }
    return members;
  }

  /**
   * Kills every process of session {@code session} and of {@code also}, again and again until none
   * is left (a process may fork while the others are killed), for at most a few seconds.
   */
  static void killAll(long session, List<ProcessHandle> also) {
    also.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    for (int round = 0; round < 200; round++) {
      List<ProcessHandle> left = members(session);
      if (left.isEmpty()) {
        break;
      }
      left.forEach(ProcessHandle::destroyForcibly);
      try {
        Thread.sleep(round < 10 ? 1 : 20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
  }

  /**
   * The pipe {@code process} writes its standard output to, read from its descriptor 1 as it starts
   * (or, when it is already gone, every pipe this JVM has open, the reading end among them). Taken
   * at the start because once the command exits the JDK drains and closes its reading end, unless a
   * read of it is under way; a late writer would then hold a pipe no longer this JVM's, and a check
   * made at that point would miss it (it did, now and then, on a loaded machine).
   */
  static Set<String> outputPipes(Process process) {
    try {
      String target = Files.readSymbolicLink(PROC.resolve(process.pid() + "/fd/1")).toString();
      if (target.startsWith("pipe:")) {
        return Set.of(target);
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // gone already, or no /proc here
    }
    return pipesOfThisJvm();
  }

  /** The pipes this JVM has open (none where there is no {@code /proc}). */
  static Set<String> pipesOfThisJvm() {
    return pipes(PROC.resolve("self/fd"));
  }

  /**
   * Whether {@code process} has any of {@code pipes} open: with {@link #outputPipes}, whether it
   * still holds a step's standard output (standard input is {@code /dev/null}, standard error is
   * discarded, so that is the only pipe a step's process can have from the verifier).
   */
  static boolean holdsAnyOf(ProcessHandle process, Set<String> pipes) {
    if (pipes.isEmpty()) {
      return false;
    }
    Set<String> theirs = pipes(PROC.resolve(process.pid() + "/fd"));
    theirs.retainAll(pipes);
    return !theirs.isEmpty();
  }

  /** A short name of {@code process} for messages: {@code 4242 (sleep)}. */
  static String describe(ProcessHandle process) {
    Optional<String> command = process.info().command().map(c -> Path.of(c).getFileName().toString());
    return process.pid() + command.map(c -> " (" + c + ")").orElse("");
  }

  private static Set<String> pipes(Path fds) {
    Set<String> pipes = new HashSet<>();
    try (DirectoryStream<Path> links = Files.newDirectoryStream(fds)) {
      for (Path link : links) {
        try {
          String target = Files.readSymbolicLink(link).toString();
          if (target.startsWith("pipe:")) {
            pipes.add(target);
          }
        } catch (IOException | UnsupportedOperationException e) {
          // closed while being read
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process is gone, or its descriptors cannot be read
    }
    return pipes;
  }
}
