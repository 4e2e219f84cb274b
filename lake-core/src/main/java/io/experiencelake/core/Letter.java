package io.experiencelake.core;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The paragraphs of a cover letter the person writes themselves for one role: how the letter
 * opens and how it closes. The entries told between them are chosen by the renderer; either
 * paragraph left out gets a plain default.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLetter.class)
@JsonDeserialize(as = ImmutableLetter.class)
public interface Letter {

  /** The opening paragraph, e.g. {@code I am applying for the MLOps role because …}. */
  Optional<String> opening();

  /** The closing paragraph, e.g. {@code I would welcome the chance to talk about …}. */
  Optional<String> closing();

  @Value.Check
  default void check() {
    opening().ifPresent(text -> Texts.requireText(text, "/opening", "letter's opening"));
    closing().ifPresent(text -> Texts.requireText(text, "/closing", "letter's closing"));
  }
}
