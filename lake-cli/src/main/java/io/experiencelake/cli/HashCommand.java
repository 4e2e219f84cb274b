package io.experiencelake.cli;

import io.experiencelake.core.Lake;
import io.experiencelake.core.hash.ContentHash;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.core.json.LoadedLake;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code lake hash FILE}: the content hash of the whole lake and of each entry (SHA-256 of the RFC
 * 8785 canonical JSON), the same whatever the field order or whitespace of the file.
 *
 * <pre>
 * lake sha256:…
 * entry phase-gates sha256:…
 * </pre>
 */
@Command(
    name = "hash",
    header = "Prints the content hash of the lake and of each entry (SHA-256 of RFC 8785 canonical JSON).",
    description = "The hashes depend only on the content: field order, whitespace and number spelling never change them. "
        + "The lake must load without errors; its diagnostics go to standard error.",
    sortOptions = false)
final class HashCommand extends LakeFileCommand {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (one line per hash) or json ({\"lake\": …, \"entries\": {id: hash, …}}). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Override
  public Integer call() {
    refuseSarif(format, "writes hashes");
    LoadedLake loaded = loadOrReport("nothing was hashed", err());
    if (loaded == null) {
      return LakeCli.FAILED;
    }
    warnOnStandardError(loaded);
    Lake lake = loaded.lake();
    ContentHash whole = LakeHashes.of(lake);
    Map<String, ContentHash> entries = LakeHashes.entries(lake);
    if (format == OutputFormat.JSON) {
      ObjectNode json = JsonNodeFactory.instance.objectNode();
      json.put("lake", whole.toString());
      ObjectNode byEntry = json.putObject("entries");
      entries.forEach((id, hash) -> byEntry.put(id, hash.toString()));
      out().println(DiagnosticsOutput.PRETTY.writeValueAsString(json));
    } else {
      out().println("lake " + whole);
      entries.forEach((id, hash) -> out().println("entry " + id + " " + hash));
    }
    out().flush();
    return LakeCli.OK;
  }
}
