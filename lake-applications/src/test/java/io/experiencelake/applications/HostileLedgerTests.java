package io.experiencelake.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.hash.LakeHashes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ledgers written by hand or by a hostile tool: each is a located error from verify, and apply and
 * mark refuse it without writing anything (the tests run in a 256 MB heap, so a 100 MB line must
 * not be held).
 */
class HostileLedgerTests {

  @TempDir
  Path dir;

  Ledger ledger;

  @BeforeEach
  void oneApplicationAndAStatus() throws IOException {
    ledger = Ledger.open(dir);
    ledger.apply(Fixture.lake(), Fixture.textJob(), Fixture.options("Acme"));
    ledger.mark("1", ApplicationStatus.SCREENING, Fixture.TODAY, Optional.empty());
  }

  @Test
  void aLineThatIsNotJson() throws IOException {
    replaceLine(2, line -> "this is not { json");

    assertRefusedAt(2, "LAKE-A001", "/", "the line is not JSON");
  }

  @Test
  void anEmptyLine() throws IOException {
    replaceLine(2, line -> "");

    assertRefusedAt(2, "LAKE-A001", "/", "the line is empty, not a record");
  }

  @Test
  void aRecordWithAnUnknownField() throws IOException {
    replaceLine(1, resigned(record -> record.put("salary", "£50k")));

    assertRefusedAt(1, "LAKE-A003", "/salary", "unknown field 'salary'");
  }

  @Test
  void aHashThatIsNotHex() throws IOException {
    replaceLine(2, line -> line.replaceFirst("\"hash\":\"sha256:[0-9a-f]{6}", "\"hash\":\"sha256:zzzzzz"));

    assertRefusedAt(2, "LAKE-A003", "/hash", "content hash 'sha256:zzzzzz");
  }

  @Test
  void aFolderThatClimbsOutWithDotDot() throws IOException {
    replaceLine(1, resigned(record -> record.put("folder", "../../etc")));

    assertRefusedAt(1, "LAKE-A003", "/folder", "folder '../../etc' is not an application folder's name");
  }

  @Test
  void aFolderThatIsAnAbsolutePath() throws IOException {
    replaceLine(1, resigned(record -> record.put("folder", "/etc")));

    assertRefusedAt(1, "LAKE-A003", "/folder", "folder '/etc' is not an application folder's name");
  }

  @Test
  void aLineOf100Megabytes() throws IOException {
    byte[] ledgerBefore = Files.readAllBytes(ledger.file());
    try (OutputStream out = Files.newOutputStream(ledger.file(), StandardOpenOption.APPEND)) {
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < 100; i++) {
        out.write(chunk);
      }
      out.write('\n');
    }
    assertThat(Files.size(ledger.file())).isEqualTo(ledgerBefore.length + 100L * (1 << 20) + 1);

    assertRefusedAt(3, "LAKE-A001", "/", "the line is 104,857,600 bytes long, over the 1,048,576 a ledger line may hold");
  }

  @Test
  void aRecordSignedAgainButNamingAnApplicationThatDoesNotExist() throws IOException {
    replaceLine(2, resigned(record -> record.put("application", "2026-11-27-globex")));

    assertRefusedAt(2, "LAKE-A003", "/application", "the status names application '2026-11-27-globex', which no earlier record is");
  }

  /** Verify reports the located error; apply and mark are refused and write nothing. */
  private void assertRefusedAt(int line, String code, String pointer, String message) throws IOException {
    Diagnostic first = ledger.verify().get(0);
    assertThat(first.format()).startsWith(ledger.file() + ":" + line + ":").contains(" " + pointer + " error " + code + ": " + message);
    Map<String, String> before = FolderSnapshot.of(dir);

    assertThatThrownBy(() -> ledger.apply(Fixture.lake(), Fixture.jsonJob(), Fixture.options("Northwind")))
        .isInstanceOfSatisfying(LakeException.class, e -> assertRefusal(e, code));
    assertThatThrownBy(() -> ledger.mark("1", ApplicationStatus.OFFER, Fixture.TODAY, Optional.empty()))
        .isInstanceOfSatisfying(LakeException.class, e -> assertRefusal(e, code));
    assertThatThrownBy(() -> ledger.records()).isInstanceOf(LakeException.class);

    assertThat(FolderSnapshot.of(dir)).isEqualTo(before);
  }

  private void assertRefusal(LakeException e, String code) {
    List<Diagnostic> diagnostics = e.diagnostics();
    assertThat(diagnostics).extracting(Diagnostic::code).contains(code).last().isEqualTo("LAKE-A009");
    assertThat(diagnostics.get(diagnostics.size() - 1).format())
        .contains("the ledger does not verify, so nothing was written")
        .contains("never repair or cut a ledger themselves");
  }

  private void replaceLine(int number, UnaryOperator<String> change) throws IOException {
    List<String> lines = Fixture.lines(ledger.file());
    lines.set(number - 1, change.apply(lines.get(number - 1)));
    Files.writeString(ledger.file(), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  /** A change to a record that also recomputes its hash, as a tool that knows the format would. */
  private static UnaryOperator<String> resigned(java.util.function.Consumer<ObjectNode> change) {
    return line -> {
      ObjectNode record = (ObjectNode) RecordJson.MAPPER.readTree(line);
      record.remove("hash");
      change.accept(record);
      record.put("hash", LakeHashes.of(record).toString());
      return LakeHashes.canonicalJson(record);
    };
  }
}
