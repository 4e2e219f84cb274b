package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * The owner of a lake: name and headline, with optional contact details.
 *
 * <pre>{@code
 * Lake lake = lake(owner("Alex Example", "ML platform engineer")
 *         .email("alex@example.org")
 *         .location("Manchester, UK")
 *         .url("https://alex.example.org")
 *         .site("https://alex.example.org/portfolio/"))
 *     .capability("run-discipline", "Run discipline + evidence gating")
 *     .build(LocalDate.of(2026, 11, 27));
 * }</pre>
 */
public sealed interface OwnerStep permits LakeImpl.OwnerImpl {

  /** Sets the contact email. */
  @CheckReturnValue
  OwnerStep email(String email);

  /** Sets where the owner is based, e.g. {@code Manchester, UK}. */
  @CheckReturnValue
  OwnerStep location(String location);

  /** Sets a short summary in the owner's own words. */
  @CheckReturnValue
  OwnerStep summary(String summary);

  /** Sets a personal site or profile address; an address that is not a URI is reported at {@code /owner/url}. */
  @CheckReturnValue
  OwnerStep url(String uri);

  /**
   * Sets the address the rendered portfolio is published at, e.g. {@code https://alex.example.org/};
   * cover letters link the entries they tell to their pages under it. Anything but an absolute
   * {@code http} or {@code https} address is reported at {@code /owner/site}.
   */
  @CheckReturnValue
  OwnerStep site(String uri);
}
