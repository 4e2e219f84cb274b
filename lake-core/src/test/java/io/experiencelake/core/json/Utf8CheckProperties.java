package io.experiencelake.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The parser's own UTF-8 check against the JDK's decoder: both find the same first bad byte, over
 * byte strings drawn mostly from the bytes where UTF-8 has its edges (lead bytes, the limits of
 * second bytes after E0, ED, F0 and F4, continuation bytes, bytes that never occur).
 */
class Utf8CheckProperties {

  private static final int[] EDGES = {
      0x00, 0x0A, 0x22, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
      0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF};

  private static final Gen<Integer> BYTE = integers().between(0, EDGES.length * 2 - 1)
      .map(i -> i < EDGES.length ? EDGES[i] : 0x20 + i);

  @Test
  void findsTheSameFirstBadByteAsTheJdkDecoder() {
    qt().withExamples(20_000)
        .forAll(lists().of(BYTE).ofSizeBetween(0, 12))
        .checkAssert(values -> {
          byte[] bytes = bytes(values);
          assertThat(LocatingParser.firstMalformed(bytes)).as("%s", values).isEqualTo(jdkFirstMalformed(bytes));
        });
  }

  @Test
  void acceptsEveryCodePointEncodedByTheJdk() {
    qt().withExamples(5_000)
        .forAll(integers().between(0, 0x10FFFF).assuming(cp -> cp < 0xD800 || cp > 0xDFFF))
        .checkAssert(cp -> assertThat(LocatingParser.firstMalformed(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)))
            .isEqualTo(-1));
  }

  private static byte[] bytes(List<Integer> values) {
    byte[] bytes = new byte[values.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (int) values.get(i);
    }
    return bytes;
  }

  /** Where the JDK's strict decoder stops with an error, or -1. */
  private static int jdkFirstMalformed(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length * 2 + 2), true);
    return result.isError() ? in.position() : -1;
  }
}
