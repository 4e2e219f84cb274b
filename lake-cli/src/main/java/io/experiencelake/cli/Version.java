package io.experiencelake.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of {@code lake}, from the {@code version.properties} Maven fills in at build time. */
final class Version implements IVersionProvider {

  private static final String RESOURCE = "version.properties";

  /** The version, e.g. {@code 0.1.0}; {@code unknown} when the resource is missing. */
  static String number() {
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code lake 0.1.0}, then the Java runtime it runs on. */
  @Override
  public String[] getVersion() {
    return new String[] {
        "lake " + number(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
  }
}
