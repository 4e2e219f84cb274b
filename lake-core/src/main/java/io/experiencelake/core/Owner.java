package io.experiencelake.core;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The person the lake belongs to, as the outputs introduce them. */
@Value.Immutable
@JsonSerialize(as = ImmutableOwner.class)
@JsonDeserialize(as = ImmutableOwner.class)
public interface Owner {

  /** Full name, e.g. {@code Alex Example}. */
  String name();

  /** One-line professional headline, e.g. {@code ML platform engineer}. */
  String headline();

  /** Contact email. */
  Optional<String> email();

  /** Where the person is based, e.g. {@code Manchester, UK}. */
  Optional<String> location();

  /** A short summary in the person's own words, used for About sections. */
  Optional<String> summary();

  /** A personal site or profile address. */
  Optional<URI> url();

  /**
   * The address the rendered portfolio is published at, e.g. {@code https://alex.example.org/};
   * cover letters link each entry they tell to its page under it. An absolute {@code http} or
   * {@code https} address.
   */
  Optional<URI> site();

  @Value.Check
  default void check() {
    Texts.requireText(name(), "/name", "owner name");
    Texts.requireText(headline(), "/headline", "owner headline");
    site().ifPresent(site -> {
      String scheme = site.getScheme() == null ? "" : site.getScheme().toLowerCase(Locale.ROOT);
      if (!site.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || site.getHost() == null) {
        throw LakeException.of(Rule.BAD_FORMAT, "/site", "the owner's site '" + site + "' is not an absolute http or https address",
            "write the address the portfolio is published at, e.g. https://alex.example.org/");
      }
    });
  }
}
