package io.experiencelake.core;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Locale;
import java.util.Map;

/**
 * Says in words why a file operation failed: the JDK's file exceptions often carry only the path
 * ({@code NoSuchFileException: /tmp/x}), which tells a reader where but not why.
 *
 * <pre>{@code
 * catch (IOException e) {
 *   err.println("cannot write " + out + ": " + IoErrors.reason(e));   // "… : permission denied"
 * }
 * }</pre>
 */
public final class IoErrors {

  private IoErrors() {}

  /**
   * Why {@code e} happened, in words and without the path, e.g. {@code there is no such file or
   * folder}, {@code permission denied}, {@code read-only file system}.
   */
  public static String reason(Throwable e) {
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return reason(e.getCause());
    }
    if (e instanceof SecurityException) {
      return "permission denied by the security manager";
    }
    String why = e instanceof FileSystemException f ? (f.getReason() != null ? lowerFirst(f.getReason()) : known(f)) : null;
    return why != null ? why : words(e);
  }

  /** Reasons for the file exceptions that carry none of their own, by type. */
  private static final Map<Class<? extends FileSystemException>, String> REASONS = Map.of(
      NoSuchFileException.class, "there is no such file or folder",
      AccessDeniedException.class, "permission denied",
      FileAlreadyExistsException.class, "something already exists there",
      DirectoryNotEmptyException.class, "the folder is not empty",
      NotDirectoryException.class, "it is not a folder",
      NotLinkException.class, "it is not a symbolic link",
      FileSystemLoopException.class, "symbolic links lead round in a loop");

  /** The reason of a file exception that has none of its own, from its type; {@code null} for an unknown type. */
  private static String known(FileSystemException e) {
    for (Class<?> type = e.getClass(); type != FileSystemException.class; type = type.getSuperclass()) {
      if (REASONS.containsKey(type)) {
        return REASONS.get(type);
      }
    }
    return null;
  }

  /** The message, or the exception's kind in words when there is none, e.g. {@code an I/O error (EOFException)}. */
  private static String words(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return "an I/O error (" + e.getClass().getSimpleName() + ")";
    }
    return lowerFirst(message);
  }

  private static String lowerFirst(String text) {
    if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
      return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
    return text;
  }
}
