package io.experiencelake.junit;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import java.util.ArrayList;
import java.util.List;

/** A lake the checker found errors in, every one listed like a compiler's output. */
final class ShouldHaveNoErrors extends LakeMessage {

  private ShouldHaveNoErrors(Lake lake, List<Diagnostic> errors) {
    super(Describe.lake(lake), Describe.size(lake), "to have no errors",
        "but found " + errors.size() + (errors.size() == 1 ? " error" : " errors"), formatted(errors));
  }

  static ShouldHaveNoErrors shouldHaveNoErrors(Lake lake, List<Diagnostic> errors) {
    return new ShouldHaveNoErrors(lake, errors);
  }

  private static List<String> formatted(List<Diagnostic> errors) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : errors) {
      out.add(d.format());
    }
    return out;
  }
}
