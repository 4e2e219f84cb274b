package io.experiencelake.cli;

import io.experiencelake.applications.ApplicationRecord;
import io.experiencelake.applications.ApplicationStatus;
import io.experiencelake.applications.EntryChange;
import io.experiencelake.applications.Ledger;
import io.experiencelake.applications.LedgerRecord;
import io.experiencelake.applications.SentEntry;
import io.experiencelake.applications.StatusRecord;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.IoErrors;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.analysis.StatusWords;
import io.experiencelake.core.json.LakeFiles;
import io.experiencelake.core.json.LoadedLake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code lake applications list|show|diff|mark|verify}: reads, extends and verifies the ledger
 * {@code lake apply} writes; each action is a subcommand.
 */
@Command(
    name = "applications",
    header = "Lists, shows, compares, marks and verifies the applications lake apply recorded.",
    synopsisSubcommandLabel = "ACTION",
    subcommands = {ApplicationsCommand.ListAction.class, ApplicationsCommand.ShowAction.class, ApplicationsCommand.DiffAction.class,
        ApplicationsCommand.MarkAction.class, ApplicationsCommand.VerifyAction.class})
final class ApplicationsCommand extends CommandGroup {

  /** {@code lake applications} alone is a usage error: it needs an action. */
  ApplicationsCommand() {
    super("action");
  }

  /** What every action shares: the applications folder. */
  abstract static class Action extends Subcommand {

    @Mixin
    ApplicationsFolder applications;

    Ledger ledger() {
      return Ledger.open(applications.path);
    }

    /** Prints {@code diagnostics} on standard error and returns {@value LakeCli#FAILED}. */
    int failed(List<Diagnostic> diagnostics) {
      DiagnosticsOutput.write(OutputFormat.TEXT, diagnostics, List.of(), err());
      return LakeCli.FAILED;
    }

    /** The application's latest status: its last status event, or {@code applied}. */
    static String latest(List<LedgerRecord> records, ApplicationRecord application) {
      List<StatusRecord> events = statusEvents(records, application);
      return events.isEmpty() ? ApplicationStatus.APPLIED.label() : events.get(events.size() - 1).status().label();
    }

    /** The status events of {@code application}, in ledger order. */
    static List<StatusRecord> statusEvents(List<LedgerRecord> records, ApplicationRecord application) {
      List<StatusRecord> events = new ArrayList<>();
      for (LedgerRecord r : records) {
        if (r instanceof StatusRecord s && s.application().equals(application.folder())) {
          events.add(s);
        }
      }
      return events;
    }

    static List<ApplicationRecord> applications(List<LedgerRecord> records) {
      return records.stream().filter(ApplicationRecord.class::isInstance).map(ApplicationRecord.class::cast).collect(Collectors.toList());
    }

    /** Prints {@code lines}, escaped for a terminal, and returns {@value LakeCli#OK}. */
    int print(List<String> lines) {
      lines.forEach(line -> out().println(Terminal.safe(line)));
      out().flush();
      return LakeCli.OK;
    }
  }

  /** An action on one application, named by its number or folder name. */
  abstract static class OneApplication extends Action {

    @Parameters(index = "0", paramLabel = "ID", description = "The application's number or folder name.")
    String id;

    /** {@code ID} as the ledger knows it: the number or the folder name. */
    String id() {
      return id.strip();
    }
  }

  /** {@code lake applications list}. */
  @Command(name = "list", header = "One line per application: number, date, company, title, entries sent, latest status, whether its files are intact.",
      sortOptions = false)
  static final class ListAction extends Action {

    @Override
    public Integer call() {
      Ledger ledger = ledger();
      List<LedgerRecord> records;
      try {
        records = ledger.records();
      } catch (LakeException e) {
        return failed(e.diagnostics());
      }
      List<ApplicationRecord> applications = applications(records);
      if (applications.isEmpty()) {
        out().println("no applications recorded in " + ledger.file());
        out().flush();
        return LakeCli.OK;
      }
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"#", "date", "company", "title", "sent", "status", "files"});
      for (ApplicationRecord a : applications) {
        List<Diagnostic> problems = ledger.checkFolder(a);
        rows.add(new String[] {Integer.toString(a.number()), a.date().toString(), Terminal.safe(a.company()),
            Terminal.safe(a.title().orElse("-")), Integer.toString(a.entries().size()), latest(records, a),
            problems.isEmpty() ? "intact" : problems.size() + (problems.size() == 1 ? " problem" : " problems") + " (see verify)"});
      }
      int[] widths = new int[rows.get(0).length];
      for (String[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          widths[i] = Math.max(widths[i], row[i].length());
        }
      }
      for (String[] row : rows) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
          boolean number = i == 0 || i == 4;
          String cell = number ? " ".repeat(widths[i] - row[i].length()) + row[i] : row[i] + " ".repeat(widths[i] - row[i].length());
          line.append(cell).append(i + 1 < row.length ? "  " : "");
        }
        out().println(line.toString().stripTrailing());
      }
      out().flush();
      return LakeCli.OK;
    }
  }

  /** {@code lake applications show ID}. */
  @Command(name = "show", header = "What an application sent: each claim as it read then, with its status then, and the STAR answers.",
      sortOptions = false)
  static final class ShowAction extends OneApplication {

    @Override
    public Integer call() {
      Ledger ledger = ledger();
      List<LedgerRecord> records;
      ApplicationRecord a;
      try {
        records = ledger.records();
        a = ledger.application(id());
      } catch (LakeException e) {
        return failed(e.diagnostics());
      }
      List<Diagnostic> problems = ledger.checkFolder(a);
      Path folder = ledger.folder().resolve(a.folder());
      List<String> lines = new ArrayList<>();
      lines.add("application " + a.number() + ": " + a.company() + a.title().map(t -> ", " + t).orElse(""));
      lines.add("  date     " + a.date());
      a.contact().ifPresent(c -> lines.add("  contact  " + c));
      lines.add("  folder   " + folder + (problems.isEmpty() ? " (files intact)" : " (" + problems.size() + " changed: see lake applications verify)"));
      lines.add("  job ad   " + a.jobFile() + " " + a.job());
      lines.add("  lake     " + a.lake());
      StringBuilder history = new StringBuilder("  status   applied " + a.date());
      for (StatusRecord s : statusEvents(records, a)) {
        history.append("; ").append(s.status().label()).append(' ').append(s.on()).append(s.note().map(n -> " (" + n + ")").orElse(""));
      }
      lines.add(history.toString());
      lines.add("sent " + a.entries().size() + (a.entries().size() == 1 ? " entry:" : " entries:"));
      int width = a.entries().stream().mapToInt(e -> e.id().length()).max().orElse(0);
      for (SentEntry e : a.entries()) {
        lines.add("  " + e.id() + " ".repeat(width - e.id().length()) + "  " + StatusWords.describe(e.status())
            + ", in " + String.join(", ", e.documents()));
        lines.add("    " + e.claim());
      }
      Path interview = folder.resolve("interview.md");
      boolean intact = problems.stream().noneMatch(d -> d.source().map(s -> s.equals(interview.toString()) || s.equals(folder.toString())
          || s.endsWith("manifest.json")).orElse(false));
      if (intact && Files.isRegularFile(interview)) {
        lines.add("STAR answers, as sent (" + interview + "):");
        try {
          lines.add("");
          lines.addAll(Files.readString(interview, StandardCharsets.UTF_8).lines().collect(Collectors.toList()));
        } catch (IOException e) {
          lines.add("  (cannot read " + interview + ": " + IoErrors.reason(e) + ")");
        }
      } else {
        lines.add("STAR answers: " + interview + " changed or is missing since it was sent, so it is not shown; see lake applications verify");
      }
      return print(lines);
    }
  }

  /** {@code lake applications diff ID LAKE}. */
  @Command(name = "diff", header = "For each entry an application sent, whether the lake still says the same, has changed (which parts), or no longer has it.",
      description = "Exits with 0 whatever changed (the output says what), 1 when the ledger or the lake cannot be read.",
      sortOptions = false)
  static final class DiffAction extends OneApplication {

    @Parameters(index = "1", paramLabel = "LAKE", description = "The lake today: lake.json, lake.yaml or lake.yml.")
    Path lake;

    @Override
    public Integer call() {
      ApplicationRecord a;
      LoadedLake loaded;
      try {
        a = ledger().application(id());
        loaded = LakeFiles.read(lake, checkOptions());
      } catch (LakeException e) {
        return failed(e.diagnostics());
      }
      List<EntryChange> changes = Ledger.diff(a, loaded.lake());
      List<String> lines = new ArrayList<>();
      lines.add("application " + a.number() + " (" + a.company() + ", " + a.date() + ") sent " + changes.size()
          + (changes.size() == 1 ? " entry" : " entries") + "; against " + lake + ":");
      int width = changes.stream().mapToInt(c -> c.sent().id().length()).max().orElse(0);
      int unchanged = 0;
      int changed = 0;
      int removed = 0;
      for (EntryChange c : changes) {
        String name = "  " + c.sent().id() + " ".repeat(width - c.sent().id().length()) + "  ";
        if (c.removed()) {
          removed++;
          lines.add(name + "no longer in the lake; it said: " + c.sent().claim());
        } else if (c.unchanged()) {
          unchanged++;
          lines.add(name + "unchanged");
        } else {
          changed++;
          lines.add(name + "changed: " + c.changed().stream().map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
          if (c.changed().contains(EntryChange.Part.CLAIM)) {
            lines.add("    sent: " + c.sent().claim());
            lines.add("    now:  " + c.now().get().claim());
          }
          if (c.changed().contains(EntryChange.Part.STATUS)) {
            lines.add("    status sent " + StatusWords.describe(c.sent().status()) + ", now " + StatusWords.describe(c.now().get().status()));
          }
        }
      }
      lines.add(unchanged + " unchanged, " + changed + " changed, " + removed + " no longer in the lake");
      return print(lines);
    }
  }

  /** {@code lake applications mark ID STATUS [--on DATE] [--note TEXT]}. */
  @Command(name = "mark", header = "Records a status event for an application (appended to the ledger, never an edit).",
      description = "STATUS is one of applied, screening, interview, offer, rejected, withdrawn.",
      sortOptions = false)
  static final class MarkAction extends OneApplication {

    @Parameters(index = "1", paramLabel = "STATUS", description = "applied, screening, interview, offer, rejected or withdrawn.")
    String status;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
        description = "The day it happened. Default: --today, or the system's date.")
    LocalDate on;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note kept with the event, e.g. who called.")
    String note;

    @Override
    public Integer call() {
      ApplicationStatus event = ApplicationStatus.of(status.strip().toLowerCase(Locale.ROOT))
          .orElseThrow(() -> new ParameterException(spec.commandLine(), "STATUS '" + Terminal.safe(status) + "' is not a status; use one of "
              + java.util.Arrays.stream(ApplicationStatus.values()).map(ApplicationStatus::label).collect(Collectors.joining(", "))));
      Ledger ledger = ledger();
      StatusRecord record;
      try {
        record = ledger.mark(id(), event, on != null ? on : checkOptions().today(), Optional.ofNullable(note).filter(n -> !n.isBlank()));
      } catch (LakeException e) {
        return failed(e.diagnostics());
      } catch (IOException e) {
        err().println("lake: cannot append to " + Terminal.safe(ledger.file().toString()) + ": " + Terminal.safe(IoErrors.reason(e))
            + "; the ledger is as it was");
        err().flush();
        return LakeCli.FAILED;
      }
      ApplicationRecord application = ledger.application(record.application());
      out().println(Terminal.safe("recorded: application " + application.number() + " (" + application.company() + ") is "
          + record.status().label() + " since " + record.on() + record.note().map(n -> " (" + n + ")").orElse("") + ": record "
          + record.seq() + " in " + ledger.file()));
      out().flush();
      return LakeCli.OK;
    }
  }

  /** {@code lake applications verify}. */
  @Command(name = "verify", header = "Verifies the ledger and every application folder: exits with 0 only when the whole record holds.",
      description = {
          "Catches, each at its ledger line or folder and file: a record edited after the fact, a record removed or reordered, "
              + "records cut from the end, a torn last line (a crash mid-append), a file of an application folder changed, missing "
              + "or added (against its manifest), and a folder with no record. Reads only; nothing is repaired."},
      sortOptions = false)
  static final class VerifyAction extends Action {

    @Override
    public Integer call() {
      Ledger ledger = ledger();
      List<Diagnostic> problems = ledger.verify();
      List<String> summary = new ArrayList<>();
      if (!DiagnosticsOutput.hasErrors(problems)) {
        List<LedgerRecord> records = ledger.records();
        int applications = applications(records).size();
        summary.add(ledger.file() + ": " + records.size() + (records.size() == 1 ? " record" : " records") + " (" + applications
            + (applications == 1 ? " application" : " applications") + ", " + (records.size() - applications) + " status "
            + (records.size() - applications == 1 ? "event" : "events") + "), every folder intact; " + DiagnosticsOutput.counts(problems));
      } else {
        summary.add(ledger.file() + ": " + DiagnosticsOutput.counts(problems) + "; the record does not hold");
      }
      DiagnosticsOutput.write(OutputFormat.TEXT, problems, summary, out());
      return DiagnosticsOutput.hasErrors(problems) ? LakeCli.FAILED : LakeCli.OK;
    }
  }
}
