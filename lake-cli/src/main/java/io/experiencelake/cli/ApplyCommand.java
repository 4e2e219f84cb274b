package io.experiencelake.cli;

import io.experiencelake.core.Rule;
import io.experiencelake.applications.Applied;
import io.experiencelake.applications.ApplyOptions;
import io.experiencelake.applications.ImmutableApplyOptions;
import io.experiencelake.applications.JobFile;
import io.experiencelake.applications.Ledger;
import io.experiencelake.applications.SentEntry;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.IoErrors;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.json.LoadedLake;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.RenderRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code lake apply FILE --job JOB --company NAME}: tailors the lake to a job ad, renders what the
 * application sends into a new folder of the applications folder, and records it in the ledger.
 */
@Command(
    name = "apply",
    header = "Tailors a lake to a job ad, renders the application into its own folder and records it in the ledger.",
    description = {
        "The job ad is plain text, or a JSON Resume job document when its name ends in .json. The lake's entries are ranked "
            + "against it and the best (--top) are sent: the folder DIR/<date>-<company>-<title> holds the CV and cover letter "
            + "(also as PDF and DOCX when those renderers are installed), interview.md for exactly the entries sent, tailoring.md, "
            + "a copy of the job ad and manifest.json. It is written whole, then one record is appended to DIR/ledger.jsonl.",
        "With --evidence the evidence is verified first, and an entry whose anchors do not verify is not sent (each is named, with why).",
        "Nothing is written when the lake has errors, no entry matches the job, or the ledger does not verify "
            + "(see lake applications verify). Exits with 0 when the application was recorded, 1 otherwise."},
    sortOptions = false)
final class ApplyCommand extends LakeFileCommand {

  @Option(names = "--job", paramLabel = "FILE", required = true,
      description = "The job ad: plain text, or a JSON Resume job document (*.json).")
  Path job;

  @Option(names = "--company", paramLabel = "NAME", required = true, description = "The company applied to.")
  String company;

  @Option(names = "--title", paramLabel = "TEXT", description = "The job's title. Default: the JSON Resume job's title; none for a plain-text ad.")
  String title;

  @Option(names = "--contact", paramLabel = "NAME", description = "The person the cover letter is addressed to (Dear NAME,); kept in the record.")
  String contact;

  @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "The most entries to send. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--evidence", paramLabel = "DIR", description = "Verify the evidence under DIR first; entries that do not verify are not sent.")
  Path evidence;

  @Mixin
  AllowCommands commands;

  @Mixin
  ApplicationsFolder applications;

  @Override
  public Integer call() {
    if (top < 1) {
      throw new ParameterException(spec.commandLine(), "--top " + top + ": send at least 1 entry");
    }
    if (company.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--company is blank: name the company you apply to");
    }
    requireEvidenceOptions(evidence, commands.allowed);
    OutputPaths.requireFolder(spec, "--applications", applications.path);
    OutputPaths.requireApartFromEvidence(spec, "--applications", applications.path, evidence);
    OutputPaths.requireApartFromInput(spec, "--applications", applications.path, file);
    OutputPaths.requireApartFromInput(spec, "--applications", applications.path, job);
    LoadedLake loaded;
    JobFile jobFile;
    try {
      loaded = load();
      jobFile = JobFile.read(job);
    } catch (LakeException e) {
      return failed(file, e.diagnostics());
    }
    ImmutableApplyOptions.BuildFinal options = ImmutableApplyOptions.builder()
        .today(checkOptions().today())
        .company(company)
        .title(Optional.ofNullable(title).filter(t -> !t.isBlank()))
        .contact(Optional.ofNullable(contact).filter(c -> !PlainText.oneLine(c).isEmpty()))
        .top(top);
    if (evidence != null) {
      options.evidence(ImmutableVerifyOptions.builder().evidenceRoot(evidence).allowCommands(commands.allowed).build());
    }
    ApplyOptions built = options.build();
    Ledger ledger = Ledger.open(applications.path);
    Applied applied;
    try {
      applied = ledger.apply(loaded.lake(), jobFile, built);
    } catch (LakeException e) {
      List<Diagnostic> diagnostics = new ArrayList<>(loaded.warnings());
      diagnostics.addAll(located(loaded, e.diagnostics()));
      boolean ledgerRefused = e.diagnostics().stream().anyMatch(d -> d.code().equals(Rule.LEDGER_APPEND_REFUSED.code()));
      return failed(ledgerRefused ? ledger.file() : file, diagnostics);
    } catch (IOException e) {
      err().println("lake: cannot write the application into " + Terminal.safe(applications.path.toString()) + ": "
          + Terminal.safe(IoErrors.reason(e)) + "; run lake applications verify --applications "
          + Terminal.safe(applications.path.toString()) + " to see what was left");
      err().flush();
      return LakeCli.FAILED;
    }
    List<Diagnostic> diagnostics = new ArrayList<>(loaded.warnings());
    diagnostics.addAll(located(loaded, applied.warnings()));
    List<String> summary = new ArrayList<>();
    List<SentEntry> sent = applied.record().entries();
    summary.add("applied to " + applied.record().company() + applied.record().title().map(t -> " for " + t).orElse("") + ": "
        + sent.size() + (sent.size() == 1 ? " entry" : " entries") + " sent ("
        + sent.stream().map(SentEntry::id).collect(Collectors.joining(", ")) + ")");
    RenderRun run = applied.run();
    summary.add("wrote " + applied.folder() + ": " + run.artifacts().stream().map(Artifact::path).collect(Collectors.joining(", "))
        + " and " + RenderRun.MANIFEST);
    summary.add("recorded application " + applied.record().number() + " in " + ledger.file() + " (record " + applied.record().seq()
        + ", " + applied.record().hash() + ")");
    summary.add(file + ": " + DiagnosticsOutput.counts(diagnostics));
    DiagnosticsOutput.write(OutputFormat.TEXT, diagnostics, summary, out());
    return LakeCli.OK;
  }

  /** Diagnostics about the lake located in its file; those already sourced (the ledger's, a folder's) as they are. */
  private static List<Diagnostic> located(LoadedLake loaded, List<Diagnostic> diagnostics) {
    List<Diagnostic> lake = diagnostics.stream().filter(d -> d.source().isEmpty()).collect(Collectors.toList());
    List<Diagnostic> locatedLake = loaded.locate(lake);
    List<Diagnostic> out = new ArrayList<>();
    int next = 0;
    for (Diagnostic d : diagnostics) {
      out.add(d.source().isPresent() ? d : locatedLake.get(next++));
    }
    return out;
  }

  private int failed(Path subject, List<Diagnostic> diagnostics) {
    DiagnosticsOutput.write(OutputFormat.TEXT, diagnostics,
        List.of(subject + ": " + DiagnosticsOutput.counts(diagnostics) + "; nothing was written"), out());
    return LakeCli.FAILED;
  }
}
