package io.experiencelake.cli;

import io.experiencelake.core.FileKinds;
import io.experiencelake.core.IoErrors;
import io.experiencelake.core.PathRelations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks of the paths a command writes, before anything is read or written: what is there may be
 * replaced, and the output keeps clear of the evidence root and of the command's own input (issue
 * 13). A failed check is a usage error (exit 2) that says what was found.
 *
 * <p>A device, a named pipe, a socket, a folder or a link is never replaced, even with
 * {@code --force}; a regular file only when the command wrote it, or with {@code --force}.
 */
final class OutputPaths {

  /** A heatmap is a few hundred KiB at most; a larger file is not one. */
  private static final long MAX_HEATMAP_BYTES = 16L * 1024 * 1024;

  private OutputPaths() {}

  /**
   * Requires that {@code target}, the value of {@code option}, names a file the command may write:
   * its folder exists, and what is there now is nothing, or a regular file {@code ours} accepts (or
   * any regular file with {@code force}).
   *
   * @param ownWhat what the command replaces without {@code --force}, for the message, e.g. {@code a heatmap lake coverage
   *     wrote}; {@code null} when it replaces nothing without it
   */
  static void requireFile(CommandSpec spec, String option, Path target, boolean force, Predicate<Path> ours, String ownWhat) {
    String given = option + " " + Terminal.safe(target.toString());
    Path absolute = target.toAbsolutePath().normalize();
    if (absolute.getFileName() == null) {
      throw usage(spec, given + ": that is the file system root; name a file");
    }
    Path folder = absolute.getParent();
    if (!Files.isDirectory(folder)) {
      Path existing = folder;
      while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
        existing = existing.getParent();
      }
      if (!Files.isDirectory(existing)) {
        throw usage(spec, given + ": " + Terminal.safe(existing.toString()) + " is "
            + FileKinds.withArticle(kind(spec, given, existing)) + ", not a folder, so no file can be made inside it");
      }
      throw usage(spec, given + ": the folder " + Terminal.safe(folder.toString()) + " does not exist; create it first");
    }
    String kind = kind(spec, given, absolute);
    if (kind == null) {
      return;
    }
    if (!kind.equals("file")) {
      throw usage(spec, given + " is " + FileKinds.withArticle(kind) + "; lake never replaces "
          + (kind.equals("folder") ? "a folder with a file" : kind.equals("symbolic link") ? "a link (name the file it leads to)"
              : "a device, a pipe or a socket") + ", even with --force; name a new file");
    }
    if (!force && !ours.test(absolute)) {
      throw usage(spec, given + (ownWhat == null ? " exists" : " exists and is not " + ownWhat)
          + "; pass --force to replace it, or choose another name");
    }
  }

  /**
   * Requires that {@code target}, the value of {@code option}, names a folder an output can be made
   * in: nothing yet, or a folder (what is in it is checked when writing), under folders only.
   */
  static void requireFolder(CommandSpec spec, String option, Path target) {
    String given = option + " " + Terminal.safe(target.toString());
    Path absolute = target.toAbsolutePath().normalize();
    if (absolute.getParent() == null) {
      throw usage(spec, given + ": that is the file system root; name a folder of its own for the output");
    }
    Path existing = absolute;
    while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    String kind = kind(spec, given, existing);
    if (existing.equals(absolute) && !kind.equals("folder")) {
      throw usage(spec, given + " is " + FileKinds.withArticle(kind) + ", not a folder; lake never replaces it, even with --force;"
          + " name a new folder, or one an earlier render wrote");
    }
    if (!kind.equals("folder") && !Files.isDirectory(existing)) {
      throw usage(spec, given + ": " + Terminal.safe(existing.toString()) + " is " + FileKinds.withArticle(kind)
          + ", not a folder, so no output can be made inside it");
    }
  }

  /**
   * Requires that {@code output}, the value of {@code option}, is apart from the evidence root:
   * not inside it, not it, and not holding it.
   */
  static void requireApartFromEvidence(CommandSpec spec, String option, Path output, Path evidence) {
    if (evidence == null) {
      return;
    }
    String given = option + " " + Terminal.safe(output.toString());
    if (PathRelations.isWithin(output, evidence)) {
      throw usage(spec, given + " is inside the evidence root " + Terminal.safe(evidence.toString())
          + "; lake never writes into the evidence, so choose a place outside it");
    }
    if (PathRelations.isWithin(evidence, output)) {
      throw usage(spec, given + " holds the evidence root " + Terminal.safe(evidence.toString())
          + "; replacing it would delete the evidence, so choose a place beside it");
    }
  }

  /**
   * Requires that {@code output} neither is nor holds {@code input}, which the command reads (the
   * lake, the resume); standard input ({@code -}) is no file and always apart.
   */
  static void requireApartFromInput(CommandSpec spec, String option, Path output, Path input) {
    if (input.toString().equals("-")) {
      return;
    }
    if (PathRelations.isWithin(input, output)) {
      throw usage(spec, option + " " + Terminal.safe(output.toString())
          + (PathRelations.isSame(input, output) ? " is " : " holds ") + Terminal.safe(input.toString())
          + ", which this command reads; lake never writes over its input, so choose another place");
    }
  }

  /** Whether {@code file} is a coverage heatmap: an SVG document whose title and description are the heatmap's. */
  static boolean isHeatmap(Path file) {
    try {
      if (Files.size(file) > MAX_HEATMAP_BYTES) {
        return false;
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setNamespaceAware(true);
      Element root;
      try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        root = factory.newDocumentBuilder().parse(in).getDocumentElement();
      }
      return "svg".equals(root.getLocalName())
          && "http://www.w3.org/2000/svg".equals(root.getNamespaceURI())
          && "heatmap-title heatmap-desc".equals(root.getAttribute("aria-labelledby"));
    } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
      return false;
    }
  }

  /** A path option's value as a path; an empty one names nothing (not the current folder) and is a usage error. */
  static Path nonBlank(String value) {
    if (value.isBlank()) {
      throw new TypeConversionException("an empty path names no file or folder; write one, e.g. ./out (or . for the current folder)");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("'" + Terminal.safe(value) + "' is not a path: " + e.getReason());
    }
  }

  private static String kind(CommandSpec spec, String given, Path path) {
    try {
      return FileKinds.of(path);
    } catch (IOException e) {
      throw usage(spec, given + " cannot be examined: " + IoErrors.reason(e));
    }
  }

  private static ParameterException usage(CommandSpec spec, String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
