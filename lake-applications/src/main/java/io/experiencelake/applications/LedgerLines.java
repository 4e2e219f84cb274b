package io.experiencelake.applications;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a ledger into lines with bounded memory: a line longer than {@value #MAX_LINE_BYTES} bytes
 * is counted and skipped, never held, so a hostile 100 MB line costs no more memory than a short one.
 */
final class LedgerLines {

  /** The most bytes a ledger line may hold; a record is a few KB. */
  static final int MAX_LINE_BYTES = 1024 * 1024;

  /**
   * One line: its 1-based number, the offset of its first byte, its bytes without the line break
   * ({@code null} when it is longer than the limit), its length, and whether a line break ends it.
   */
  record Line(int number, long offset, byte[] bytes, long length, boolean terminated) {

    /** Whether the line was too long to hold. */
    boolean tooLong() {
      return bytes == null;
    }
  }

  /** Receives each line in order. */
  interface Visitor {
    void line(Line line);
  }

  private LedgerLines() {}

  /**
   * Reads {@code in} to its end, giving {@code visitor} each line; a last line without a line break
   * is given too, with {@code terminated} false. Returns the number of bytes read.
   */
  static long read(InputStream in, Visitor visitor) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    Held line = new Held();
    long start = 0;
    long position = 0;
    int number = 0;
    for (int n; (n = in.read(buffer)) >= 0; ) {
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          line.add(buffer, from, i - from);
          visitor.line(new Line(++number, start, line.bytes(), line.length, true));
          position += i - from + 1;
          start = position;
          line.clear();
          from = i + 1;
        }
      }
      line.add(buffer, from, n - from);
      position += n - from;
    }
    if (line.length > 0) {
      visitor.line(new Line(++number, start, line.bytes(), line.length, false));
    }
    return position;
  }

  /** The bytes of the current line, kept only while it is within the limit. */
  private static final class Held {
    private byte[] bytes = new byte[4096];
    private int held;
    private long length;

    void add(byte[] from, int offset, int count) {
      length += count;
      if (length > MAX_LINE_BYTES) {
        held = 0;
        return;
      }
      if (held + count > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(held + count, bytes.length * 2));
      }
      System.arraycopy(from, offset, bytes, held, count);
      held += count;
    }

    /** A copy of the line, or {@code null} when it ran over the limit. */
    byte[] bytes() {
      return length > MAX_LINE_BYTES ? null : Arrays.copyOf(bytes, held);
    }

    void clear() {
      held = 0;
      length = 0;
    }
  }
}
