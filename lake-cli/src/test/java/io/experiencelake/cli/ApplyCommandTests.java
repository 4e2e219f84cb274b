package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.applications.ApplicationRecord;
import io.experiencelake.applications.Ledger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyCommandTests {

  static final String TEXT_JOB = Cli.resource("applications/job.txt").toString();
  static final String JSON_JOB = Cli.resource("applications/job.json").toString();

  /** Runs {@code lake apply} on the workspace's lake into {@code folder/applications}. */
  static Cli.Run apply(Workspace w, String... more) {
    String[] args = new String[5 + more.length];
    args[0] = "apply";
    args[1] = w.file();
    args[2] = "--applications";
    args[3] = w.folder().resolve("applications").toString();
    args[4] = "--today=" + Cli.TODAY;
    System.arraycopy(more, 0, args, 5, more.length);
    return Cli.run(args);
  }

  @Nested
  class AValidLake {

    @Test
    void isTailoredRenderedIntoANewFolderAndRecorded(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);

      Cli.Run run = apply(w, "--job", TEXT_JOB, "--company", "Acme", "--title", "Platform Engineer", "--contact", "Sam Jones");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
      Path applications = folder.resolve("applications");
      Path app = applications.resolve("2026-11-27-acme-platform-engineer");
      assertThat(run.out()).contains(
          "applied to Acme for Platform Engineer: 2 entries sent (phase-gates, writer-fencing)",
          "wrote " + app + ": cover-letter.docx, cover-letter.md, cover-letter.pdf, cv.docx, cv.md, cv.pdf, cv.txt, interview.md, job.txt, tailoring.md "
              + "and manifest.json",
          "recorded application 1 in " + applications.resolve("ledger.jsonl") + " (record 1, sha256:",
          w.file() + ": 0 errors, 0 warnings");
      ApplicationRecord record = Ledger.open(applications).application("1");
      assertThat(record.contact()).contains("Sam Jones");
      assertThat(record.entries()).allSatisfy(e -> assertThat(e.documents()).contains("cv", "pdf", "docx"));
      assertThat(app.resolve("cover-letter.md")).content().contains("Dear Sam Jones,");
      assertThat(app.resolve("manifest.json")).isRegularFile();
    }

    @Test
    void takesAJsonResumeJobWithItsTitle(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);

      Cli.Run run = apply(w, "--job", JSON_JOB, "--company", "Northwind", "--top", "1");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
      assertThat(run.out()).contains("applied to Northwind for Senior Platform Engineer: 1 entry sent (");
      assertThat(folder.resolve("applications/2026-11-27-northwind-senior-platform-engineer/job.json")).isRegularFile();
    }

    @Test
    void leavesOutAnEntryWhoseEvidenceDoesNotVerifyAndSaysWhy(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Files.writeString(w.evidence().resolve("runs/gates.log"), "tampered\n", StandardOpenOption.APPEND);

      Cli.Run run = apply(w, "--job", TEXT_JOB, "--company", "Acme", "--evidence", w.evidence().toString());

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
      assertThat(run.out()).containsPattern(java.util.regex.Pattern.quote(w.file()) + ":\\d+:\\d+ /entries/0 warning LAKE-A011: entry 'phase-gates' "
          + "was not sent, because its evidence did not verify: anchor 0 \\(run-output runs/gates.log\\): expected sha256 ")
          .contains("1 entry sent (writer-fencing)");
    }
  }

  @Nested
  class NothingIsWritten {

    @Test
    void forALakeWithErrors(@TempDir Path folder) {
      Workspace w = Workspace.in(folder).edit(lake -> ((tools.jackson.databind.node.ObjectNode) lake.withArray("entries").get(0)).put("claim", " "));

      Cli.Run run = apply(w, "--job", TEXT_JOB, "--company", "Acme");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.FAILED);
      assertThat(run.out()).containsPattern(Cli.locatedError(w.file())).contains("; nothing was written");
      assertThat(folder.resolve("applications")).doesNotExist();
    }

    @Test
    void forALedgerThatDoesNotVerifyAndTheCommandSaysHowToRecover(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      assertThat(apply(w, "--job", TEXT_JOB, "--company", "Acme").exitCode()).isEqualTo(LakeCli.OK);
      Path ledger = folder.resolve("applications/ledger.jsonl");
      long length = Files.size(ledger);
      Files.write(ledger, "{\"seq\":2,\"ki".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
      Map<String, String> before = FolderSnapshot.of(folder.resolve("applications"));

      Cli.Run run = apply(w, "--job", JSON_JOB, "--company", "Northwind");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.FAILED);
      assertThat(run.out()).contains(ledger + ":2:1 / error LAKE-A002: the last line (12 bytes from byte ")
          .contains("truncate -s " + length + " " + ledger)
          .contains(ledger + " / error LAKE-A009: the ledger does not verify, so nothing was written")
          .contains(ledger + ": 2 errors, 0 warnings; nothing was written");
      assertThat(FolderSnapshot.of(folder.resolve("applications"))).isEqualTo(before);
    }
  }

  @Nested
  class UsageErrors {

    @Test
    void needJobAndCompany(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);

      assertThat(apply(w, "--company", "Acme").exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(apply(w, "--job", TEXT_JOB).exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(apply(w, "--job", TEXT_JOB, "--company", " ").err()).contains("--company is blank");
      assertThat(apply(w, "--job", TEXT_JOB, "--company", "Acme", "--top", "0").err()).contains("--top 0: send at least 1 entry");
      assertThat(apply(w, "--job", TEXT_JOB, "--company", "Acme", "--allow-commands").err()).contains("--allow-commands needs --evidence DIR");
      assertThat(folder.resolve("applications")).doesNotExist();
    }

    @Test
    void anApplicationsFolderInsideTheEvidenceOrHoldingTheLakeIsRefused(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);

      Cli.Run inside = Cli.run("apply", w.file(), "--job", TEXT_JOB, "--company", "Acme", "--evidence", w.evidence().toString(),
          "--applications", w.evidence().resolve("applications").toString());
      Cli.Run holding = Cli.run("apply", w.file(), "--job", TEXT_JOB, "--company", "Acme", "--applications", folder.toString());

      assertThat(inside.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(inside.err()).contains("is inside the evidence root");
      assertThat(holding.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(holding.err()).contains("which this command reads");
      assertThat(w.evidence().resolve("applications")).doesNotExist();
    }

    @Test
    void aMissingJobAdIsALocatedError(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);

      Cli.Run run = apply(w, "--job", folder.resolve("nope.txt").toString(), "--company", "Acme");

      assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
      assertThat(run.out()).contains(folder.resolve("nope.txt") + " / error LAKE-J004: cannot read the job ad");
      assertThat(folder.resolve("applications")).doesNotExist();
    }
  }
}
