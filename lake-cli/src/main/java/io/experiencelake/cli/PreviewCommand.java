package io.experiencelake.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code lake preview LAKE [--port N]}: renders the lake, serves the output to a browser on this
 * machine, and renders again (and reloads the page) after every change, until Ctrl-C.
 */
@Command(
    name = "preview",
    header = "Serves the rendered lake to a browser on this machine, re-rendering and reloading on every save.",
    description = {
        "Renders as 'lake render --watch' does (into --out, or a temporary folder removed when it stops) and serves that "
            + "folder read-only on 127.0.0.1; open the address it prints. Only loopback addresses are accepted for --bind.",
        "Runs until Ctrl-C; exits with 1 when the port cannot be had."},
    sortOptions = false)
final class PreviewCommand extends Subcommand {

  @Parameters(index = "0", paramLabel = "LAKE", description = "The lake: lake.json, lake.yaml or lake.yml.")
  Path file;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "The port to serve on; 0 for any free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The loopback address to serve on (127.0.0.1 or ::1); nothing else is accepted. Default: ${DEFAULT-VALUE}.")
  String bind;

  @Option(names = "--out", paramLabel = "DIR",
      description = "The output folder, replaced as a whole on every render. Default: a temporary folder.")
  Path output;

  @Option(names = "--to", paramLabel = "NAMES", split = ",", description = "The renderers to run, e.g. cv,portfolio. Default: all of them.")
  List<String> to = new ArrayList<>();

  @Option(names = "--role", paramLabel = "NAME", description = "The id of the role profile to render for.")
  String role;

  @Option(names = "--include-targets", description = "Show TARGET entries, under a heading \"Next\" only.")
  boolean includeTargets;

  @Option(names = "--evidence", paramLabel = "DIR", description = "Verify (and watch) the evidence under DIR.")
  Path evidence;

  @Override
  public Integer call() {
    InetAddress address = loopback();
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port " + port + " is not a port; use 1-65535, or 0 for any free one");
    }
    boolean temporary = output == null;
    Path folder;
    try {
      folder = temporary ? TemporaryFolders.create("lake-preview") : output;
    } catch (IOException e) {
      err().println("lake: cannot make a temporary folder: " + Terminal.safe(String.valueOf(e.getMessage())));
      err().flush();
      return LakeCli.FAILED;
    }
    CommandLine renderLine = LakeCli.subcommand(spec.root().commandLine(), "render");
    renderLine.parseArgs(renderArguments(temporary ? folder.resolve("site") : folder));
    RenderCommand render = renderLine.getCommand();
    PreviewServer server;
    try {
      server = PreviewServer.start(address, port, temporary ? folder.resolve("site") : folder);
    } catch (BindException e) {
      err().println("lake: cannot serve on " + Terminal.safe(bind) + " port " + port + ": " + Terminal.safe(String.valueOf(e.getMessage()))
          + "; pass another --port, or --port 0 for any free one");
      err().flush();
      if (temporary) {
        TemporaryFolders.delete(folder);
      }
      return LakeCli.FAILED;
    } catch (IOException e) {
      err().println("lake: cannot serve: " + Terminal.safe(String.valueOf(e.getMessage())));
      err().flush();
      if (temporary) {
        TemporaryFolders.delete(folder);
      }
      return LakeCli.FAILED;
    }
    out().println("serving " + Terminal.safe(server.url()) + " (read-only, this machine only)");
    out().flush();
    return Watching.renderOnEveryChange(file, evidence, render.out, render::render, render::rehearse, server::reload, () -> {
      server.close();
      if (temporary) {
        TemporaryFolders.delete(folder);
      }
    }, out(), err());
  }

  /** The address of --bind: a loopback literal or {@code localhost}, never a name looked up elsewhere. */
  private InetAddress loopback() {
    InetAddress address = null;
    if (bind.equals("localhost") || bind.matches("[0-9.]+") || bind.contains(":")) {
      try {
        address = bind.equals("localhost") ? InetAddress.getLoopbackAddress() : InetAddress.getByName(bind);
      } catch (UnknownHostException e) {
        address = null;
      }
    }
    if (address == null || !address.isLoopbackAddress()) {
      throw new ParameterException(spec.commandLine(), "--bind " + Terminal.safe(bind)
          + ": the preview serves this machine only; use a loopback address such as 127.0.0.1 or ::1");
    }
    return address;
  }

  private String[] renderArguments(Path folder) {
    List<String> args = new ArrayList<>(List.of(file.toString(), "--out", folder.toString()));
    if (!to.isEmpty()) {
      args.add("--to");
      args.add(String.join(",", to));
    }
    if (role != null) {
      args.add("--role");
      args.add(role);
    }
    if (includeTargets) {
      args.add("--include-targets");
    }
    if (evidence != null) {
      args.add("--evidence");
      args.add(evidence.toString());
    }
    if (today != null) {
      args.add("--today");
      args.add(today.toString());
    }
    return args.toArray(new String[0]);
  }
}
