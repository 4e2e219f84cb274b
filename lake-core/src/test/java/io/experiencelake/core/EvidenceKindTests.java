package io.experiencelake.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.junit.jupiter.api.Test;

class EvidenceKindTests {

  @Test
  void eachKindIsNamedAsItsTypeIsNamedForJackson() {
    for (EvidenceKind kind : EvidenceKind.values()) {
      assertThat(kind.toString()).as(kind.name()).isEqualTo(kind.type().getAnnotation(JsonTypeName.class).value());
      assertThat(EvidenceKind.ofJsonName(kind.toString())).contains(kind);
    }
  }
}
