package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

class ApplicationsCommandTests {

  @TempDir
  Path folder;

  Workspace w;
  String applications;

  @BeforeEach
  void twoApplications() {
    w = Workspace.in(folder);
    applications = folder.resolve("applications").toString();
    assertThat(ApplyCommandTests.apply(w, "--job", ApplyCommandTests.TEXT_JOB, "--company", "Acme").exitCode()).isZero();
    assertThat(ApplyCommandTests.apply(w, "--job", ApplyCommandTests.JSON_JOB, "--company", "Northwind", "--top", "1").exitCode()).isZero();
  }

  Cli.Run applications(String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "applications";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--applications";
    all[args.length + 2] = applications;
    all[args.length + 3] = "--today=" + Cli.TODAY;
    return Cli.run(all);
  }

  @Test
  void listShowsOneLinePerApplicationWithItsLatestStatusAndWhetherItsFilesAreIntact() throws IOException {
    assertThat(applications("mark", "1", "interview", "--on", "2026-12-03").exitCode()).isZero();
    Files.writeString(folder.resolve("applications/2026-11-27-northwind-senior-platform-engineer/cv.md"), "edited\n");

    Cli.Run run = applications("list");

    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out().lines()).containsExactly(
        "#  date        company    title                     sent  status     files",
        "1  2026-11-27  Acme       -                            2  interview  intact",
        "2  2026-11-27  Northwind  Senior Platform Engineer     1  applied    1 problem (see verify)");
  }

  @Test
  void showPrintsEachClaimAsSentWithItsStatusThenAndTheStarAnswers() {
    Cli.Run run = applications("show", "2026-11-27-acme");

    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out()).contains("application 1: Acme\n", "  status   applied 2026-11-27\n", "sent 2 entries:\n",
        "  writer-fencing  CURRENT as of 2026-10-01, in cover-letter, cv, docx, pdf\n",
        "    Fencing every run writer with a token so 412 runs finish exactly once\n",
        "STAR answers, as sent (", "**Situation.**");
  }

  @Test
  void diffReportsAChangedClaimAChangedStatusAndARemovedEntry() {
    w.edit(lake -> {
      ObjectNode gates = (ObjectNode) lake.withArray("entries").get(0);
      gates.put("claim", "Gated each of 7 run phases on committed evidence, ending silent partial promotions");
      ObjectNode fencing = (ObjectNode) lake.withArray("entries").get(1);
      fencing.putObject("status").put("state", "CURRENT").put("asOf", "2026-11-20").put("progress", "Tokens in 4 of 5 writers");
    });

    Cli.Run changed = applications("diff", "1", w.file());

    assertThat(changed.exitCode()).as(changed.all()).isZero();
    assertThat(changed.out().lines()).containsExactly(
        "application 1 (Acme, 2026-11-27) sent 2 entries; against " + w.file() + ":",
        "  phase-gates     changed: claim",
        "    sent: Gated each of 6 run phases on committed evidence, ending silent partial promotions",
        "    now:  Gated each of 7 run phases on committed evidence, ending silent partial promotions",
        "  writer-fencing  changed: status",
        "    status sent CURRENT as of 2026-10-01, now CURRENT as of 2026-11-20",
        "0 unchanged, 2 changed, 0 no longer in the lake");

    w.edit(lake -> lake.withArray("entries").remove(1));
    assertThat(applications("diff", "1", w.file()).out()).contains(
        "  writer-fencing  no longer in the lake; it said: Fencing every run writer with a token so 412 runs finish exactly once");
  }

  @Test
  void markAppendsAStatusEventAndRefusesAnUnknownStatusOrApplication() throws IOException {
    Path ledger = folder.resolve("applications/ledger.jsonl");

    Cli.Run run = applications("mark", "2", "rejected", "--note", "went with an internal candidate");

    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out()).isEqualTo("recorded: application 2 (Northwind) is rejected since 2026-11-27 (went with an internal candidate): record 3 in "
        + ledger + "\n");
    assertThat(Files.readAllLines(ledger)).hasSize(3);
    assertThat(applications("mark", "2", "ghosted").err()).contains("STATUS 'ghosted' is not a status; use one of applied, screening");
    Cli.Run unknown = applications("mark", "9", "offer");
    assertThat(unknown.exitCode()).isEqualTo(LakeCli.FAILED);
    assertThat(unknown.err()).contains(ledger + " / error LAKE-A010: no application has the number or folder '9'");
    assertThat(Files.readAllLines(ledger)).hasSize(3);
  }

  @Test
  void verifyExitsWith0OnlyWhenTheWholeRecordHolds() throws IOException {
    Path ledger = folder.resolve("applications/ledger.jsonl");
    Cli.Run ok = applications("verify");
    assertThat(ok.exitCode()).as(ok.all()).isZero();
    assertThat(ok.out()).isEqualTo(ledger + ": 2 records (2 applications, 0 status events), every folder intact; 0 errors, 0 warnings\n");

    Path letter = folder.resolve("applications/2026-11-27-acme/cover-letter.md");
    Files.writeString(letter, "P.S. I also know Kafka.\n", StandardOpenOption.APPEND);

    Cli.Run changedFile = applications("verify");

    assertThat(changedFile.exitCode()).isEqualTo(LakeCli.FAILED);
    assertThat(changedFile.out()).startsWith(letter + " / error LAKE-A006: 'cover-letter.md' of application 1 (Acme) changed since it was sent: "
        + "it hashes to sha256:").endsWith("\n" + ledger + ": 1 error, 0 warnings; the record does not hold\n");

    List<String> lines = Files.readAllLines(ledger);
    Files.writeString(ledger, lines.get(0) + "\n" + lines.get(1).replace("\"company\":\"Northwind\"", "\"company\":\"Northwind Ltd\"") + "\n");

    Cli.Run editedRecord = applications("verify");

    assertThat(editedRecord.exitCode()).isEqualTo(LakeCli.FAILED);
    assertThat(editedRecord.out().lines()).hasSize(3).element(0).asString()
        .startsWith(ledger + ":2:1 /hash error LAKE-A004: the record was edited after it was written: its content hashes to sha256:")
        .contains(", but the line says " + lines.get(1).replaceAll(".*\"hash\":\"(sha256:[0-9a-f]{64})\".*", "$1") + "; restore the ledger from a backup");
  }

  @Test
  void anActionIsNeeded() {
    Cli.Run run = Cli.run("applications");

    assertThat(run.exitCode()).isEqualTo(LakeCli.USAGE);
    assertThat(run.err()).contains("Missing action: one of list, show, diff, mark, verify");
  }
}
