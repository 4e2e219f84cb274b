package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsageTests {

  static final String LAKE = Cli.resource("hostile/valid.json").toString();
  static final String EVIDENCE = Cli.resource("hostile/evidence").toString();

  static Stream<String> commands() {
    return Stream.of("", "validate", "verify", "hash", "import", "import jsonresume");
  }

  static String[] args(String command, String... more) {
    return Stream.concat(command.isEmpty() ? Stream.empty() : Arrays.stream(command.split(" ")), Arrays.stream(more))
        .toArray(String[]::new);
  }

  @Nested
  class HelpAndVersion {

    @ParameterizedTest(name = "lake {0} --help")
    @MethodSource("io.experiencelake.cli.UsageTests#commands")
    void everyCommandPrintsItsUsageOnStandardOutputAndSucceeds(String command) {
      Cli.Run run = Cli.run(args(command, "--help"));

      assertThat(run.exitCode()).isEqualTo(LakeCli.OK);
      assertThat(run.out()).contains(("Usage: lake " + command).strip()).contains("Exit codes:");
      assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest(name = "lake {0} --version")
    @MethodSource("io.experiencelake.cli.UsageTests#commands")
    void everyCommandPrintsTheBuildsVersion(String command) {
      Cli.Run run = Cli.run(args(command, "--version"));

      assertThat(run.exitCode()).isEqualTo(LakeCli.OK);
      assertThat(run.out()).startsWith("lake " + Version.number() + "\n");
    }

    @Test
    void theVersionComesFromTheBuildNotAPlaceholder() {
      assertThat(Version.number()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void theTopLevelHelpListsEveryCommand() {
      assertThat(Cli.run("--help").out()).contains("validate", "verify", "hash", "import");
    }
  }

  @Nested
  class UsageErrors {

    static Stream<Arguments> misuses() {
      return Stream.<String[]>of(
          new String[] {},
          new String[] {"valdate", LAKE},
          new String[] {"validate"},
          new String[] {"validate", LAKE, "--format", "xml"},
          new String[] {"validate", LAKE, "--today", "27/11/2026"},
          new String[] {"validate", LAKE, "--no-such-option"},
          new String[] {"validate", LAKE, "another.json"},
          new String[] {"verify", "-"},
          new String[] {"verify", LAKE, "--evidence", "no/such/folder"},
          new String[] {"verify", LAKE, "--evidence", EVIDENCE, "--timeout", "0s"},
          new String[] {"verify", LAKE, "--evidence", EVIDENCE, "--timeout", "soon"},
          new String[] {"verify", LAKE, "--evidence", EVIDENCE, "--timeout", "999999999h"},
          new String[] {"verify", LAKE, "--evidence", EVIDENCE, "--timeout", "PT2562048H"},
          new String[] {"verify", LAKE, "--evidence", ""},
          new String[] {"render", LAKE, "--out", ""},
          new String[] {"render", LAKE, "--out", "target/never-written", "--evidence", ""},
          new String[] {"coverage", LAKE, "--role", "mlops-platform", "--svg", ""},
          new String[] {"import", "jsonresume", "resume.json", "--out", ""},
          new String[] {"hash", LAKE, "--format", "sarif"},
          new String[] {"import"},
          new String[] {"import", "linkedin", "x.json"},
          new String[] {"import", "jsonresume"})
          .map(args -> Arguments.of((Object) args));
    }

    @ParameterizedTest(name = "lake {0}")
    @MethodSource("misuses")
    void exitWithTwoAndSayWhatIsWrongOnStandardError(String[] args) {
      Cli.Run run = Cli.run(args);

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.USAGE);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).startsWith("lake: ").contains("Try 'lake").contains("--help' for more information.");
      assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "lake {0}")
    @ValueSource(strings = {"", "evidence", "import", "applications"})
    void aCommandGroupRunAloneNamesWhatIsMissingAndItsSubcommands(String group) {
      Cli.Run run = Cli.run(args(group));

      assertThat(run.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(run.err()).startsWith("lake: " + switch (group) {
        case "" -> "Missing command: one of validate, verify, ";
        case "evidence" -> "Missing command: one of add, status\n";
        case "import" -> "Missing format: one of jsonresume\n";
        default -> "Missing action: one of list, show, diff, mark, verify\n";
      });
    }

    @Test
    void suggestsTheNearestCommandForATypo() {
      // The nearest first; picocli may add others (it offers "applications" too).
      assertThat(Cli.run("valdate", LAKE).err()).contains("Did you mean: lake validate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"30s", "2m", "1h", "1500ms", "PT30S", "pt2m"})
    void acceptsTimeoutsInShortAndIsoForm(String timeout) {
      Cli.Run run = Cli.run("verify", LAKE, "--evidence", EVIDENCE, "--timeout", timeout);

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
    }

    @Test
    void readsTheDurationsItAccepts() {
      VerifyCommand.DurationConverter converter = new VerifyCommand.DurationConverter();

      assertThat(converter.convert("1500ms")).hasMillis(1500);
      assertThat(converter.convert("2m")).hasSeconds(120);
      assertThat(converter.convert("PT30S")).hasSeconds(30);
    }

    @Test
    void takesTheFormatInAnyCase() {
      assertThat(Cli.run("validate", LAKE, "--format", "JSON").exitCode()).isEqualTo(LakeCli.OK);
      assertThat(Cli.run("validate", Path.of(LAKE).toString(), "--format", "Sarif").exitCode()).isEqualTo(LakeCli.OK);
    }
  }

  @Nested
  class InternalErrors {

    @picocli.CommandLine.Command(name = "boom")
    static final class Boom implements Runnable {
      private final Throwable failure;

      Boom(Throwable failure) {
        this.failure = failure;
      }

      @Override
      public void run() {
        if (failure instanceof Error) {
          throw (Error) failure;
        }
        throw (RuntimeException) failure;
      }
    }

    static Cli.Run runBoom(Throwable failure) {
      picocli.CommandLine commandLine = LakeCli.commandLine(Cli.ENVIRONMENT);
      commandLine.addSubcommand("boom", new Boom(failure));
      java.io.StringWriter out = new java.io.StringWriter();
      java.io.StringWriter err = new java.io.StringWriter();
      int code = LakeCli.run(commandLine, new java.io.PrintWriter(out), new java.io.PrintWriter(err), "boom");
      return new Cli.Run(code, out.toString(), err.toString());
    }

    @Test
    void endAsTwoLinesAndExitCodeThreeWithoutAStackTrace() {
      Cli.Run run = runBoom(new IllegalStateException("a bug"));

      assertThat(run.exitCode()).isEqualTo(LakeCli.INTERNAL);
      assertThat(run.err()).isEqualTo("lake: internal error (IllegalStateException): a bug\n"
          + "lake: this is a bug; please report it with the command and input that caused it\n");
      assertThat(run.out()).isEmpty();
    }

    @Test
    void includeErrorsOfTheJvm() {
      Cli.Run run = runBoom(new NoClassDefFoundError("com/example/Missing"));

      assertThat(run.exitCode()).isEqualTo(LakeCli.INTERNAL);
      assertThat(run.err()).startsWith("lake: internal error (NoClassDefFoundError): com/example/Missing\n").doesNotContain("\tat ");
    }
  }
}
