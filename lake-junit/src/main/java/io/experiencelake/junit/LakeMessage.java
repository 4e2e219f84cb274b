package io.experiencelake.junit;

import java.util.List;
import org.assertj.core.description.Description;
import org.assertj.core.error.DescriptionFormatter;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.presentation.Representation;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * The shape every failure message of this package shares, so each message factory fills in only
 * its own words:
 * <pre>
 * Expecting entry 'phase-gates':
 *   Gated each of 6 run phases on committed evidence
 * to be backed by verified evidence, but:
 *   anchor 0 (run-output runs/x.log): expected sha256 … but was sha256 …
 * </pre>
 */
abstract class LakeMessage implements ErrorMessageFactory {

  private final String text;

  /**
   * Makes a message about {@code subject} (e.g. {@code entry 'phase-gates'}), shown with
   * {@code shown} (e.g. its claim), that was expected {@code expectation} (e.g. {@code to be
   * ACHIEVED}) and failed {@code because} (e.g. {@code but was CURRENT}), listing {@code details}
   * one per line when there are any.
   */
  LakeMessage(String subject, String shown, String expectation, String because, List<String> details) {
    StringBuilder out = new StringBuilder("\nExpecting ").append(subject).append(":\n  ").append(shown).append('\n')
        .append(expectation).append(", ").append(because);
    if (!details.isEmpty()) {
      out.append(':');
      for (String detail : details) {
        out.append("\n  ").append(detail.replace("\n", "\n  "));
      }
    }
    this.text = out.toString();
  }

  @Override
  public String create(Description description, Representation representation) {
    return DescriptionFormatter.instance().format(description) + text;
  }

  @Override
  public String create(Description description) {
    return create(description, StandardRepresentation.STANDARD_REPRESENTATION);
  }

  @Override
  public String create() {
    return create(null, StandardRepresentation.STANDARD_REPRESENTATION);
  }
}
