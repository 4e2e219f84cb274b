package io.experiencelake.cli;

import io.experiencelake.core.json.LakeFiles;
import io.experiencelake.core.json.LakeFormat;
import io.experiencelake.core.json.LoadedLake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code lake convert FILE --to yaml|json [--out FILE]}: the same lake in the other format, written
 * deterministically, so a JSON → YAML → JSON round trip gives the same lake and the same hash.
 */
@Command(
    name = "convert",
    header = "Writes a lake as YAML or JSON: the same lake, the same hash.",
    description = {
        "The lake must load without errors; its warnings go to standard error. The output goes to standard output, "
            + "or to the file --out names, written atomically (never over an existing file without --force). "
            + "YAML comments are not carried over.",
        "Exits with 0 when the lake was written, 1 when it has errors or the file could not be written: nothing is written then."},
    sortOptions = false)
final class ConvertCommand extends LakeFileCommand {

  @Option(names = "--to", paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "yaml or json. Default: the format of --out's name.")
  LakeFormat to;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the lake (lake.yaml, lake.yml or lake.json). Default: standard output.")
  Path output;

  @Option(names = "--force", description = "Replace --out when it exists.")
  boolean force;

  @Override
  public Integer call() {
    LakeFormat format = format();
    LoadedLake loaded = loadOrReport("nothing was converted", err());
    if (loaded == null) {
      return LakeCli.FAILED;
    }
    warnOnStandardError(loaded);
    if (output == null) {
      out().print(format.write(loaded.lake()));
      out().flush();
      return LakeCli.OK;
    }
    try {
      LakeFiles.write(loaded.lake(), output);
    } catch (IOException e) {
      err().println("lake: cannot write " + Terminal.safe(output.toString()) + ": " + Terminal.safe(String.valueOf(e.getMessage()))
          + "; nothing was written");
      err().flush();
      return LakeCli.FAILED;
    }
    err().println(Terminal.safe("wrote " + output + " (" + format.extension() + ", " + loaded.lake().entries().size() + (loaded.lake().entries().size() == 1 ? " entry)" : " entries)")));
    err().flush();
    return LakeCli.OK;
  }

  /** The output format: --to, or --out's; they must agree, and an existing --out needs --force. */
  private LakeFormat format() {
    if (to == null && output == null) {
      throw new ParameterException(spec.commandLine(), "say which format to write: --to yaml or --to json (or --out FILE)");
    }
    if (output == null) {
      return to;
    }
    LakeFormat named = LakeFormat.of(output);
    if (to != null && to != named) {
      throw new ParameterException(spec.commandLine(), "--to " + to.extension() + " does not match --out " + Terminal.safe(output.toString())
          + ", whose name says " + named.extension() + "; name the file ." + to.extension());
    }
    if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !force) {
      throw new ParameterException(spec.commandLine(), "--out " + Terminal.safe(output.toString())
          + " exists; pass --force to replace it");
    }
    return named;
  }

  /** Reads {@code yaml}, {@code yml} or {@code json}. */
  static final class FormatConverter implements ITypeConverter<LakeFormat> {
    @Override
    public LakeFormat convert(String value) {
      switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "yaml":
        case "yml":
          return LakeFormat.YAML;
        case "json":
          return LakeFormat.JSON;
        default:
          throw new TypeConversionException("'" + Terminal.safe(value) + "' is not a lake format; write yaml or json");
      }
    }
  }
}
