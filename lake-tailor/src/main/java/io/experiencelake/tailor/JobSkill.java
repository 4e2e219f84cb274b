package io.experiencelake.tailor;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A skill a job asks for, as in JSON Resume's job schema: a name, a level and keywords. */
@Value.Immutable
public interface JobSkill {

  /** The skill's name, e.g. {@code Data engineering}. */
  Optional<String> name();

  /** The level asked for, e.g. {@code Senior}; not used for matching. */
  Optional<String> level();

  /** Keywords of the skill, e.g. {@code Kafka}, {@code Airflow}. */
  List<String> keywords();
}
