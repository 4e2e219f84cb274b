package io.experiencelake.tailor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A job to tailor to: plain text, or the fields of a JSON Resume job document ({@code job-schema.json}:
 * title, company, description, skills with keywords, responsibilities, qualifications).
 *
 * <pre>{@code
 * JobAd ad = JobAd.ofText(Files.readString(Path.of("job.txt")));
 * JobAd doc = JobAds.read(Path.of("job.json"));   // a JSON Resume job document
 * }</pre>
 */
@Value.Immutable
public interface JobAd {

  /** The job's title, e.g. {@code Senior MLOps Engineer}. */
  Optional<String> title();

  /** The hiring company; not used for matching. */
  Optional<String> company();

  /** The job's description; the whole ad when it came as plain text. */
  Optional<String> description();

  /** The skills it asks for. */
  List<JobSkill> skills();

  /** What the job entails. */
  List<String> responsibilities();

  /** What a candidate needs. */
  List<String> qualifications();

  /** A job whose whole ad is {@code text}. */
  static JobAd ofText(String text) {
    return ImmutableJobAd.builder().description(text).build();
  }

  /**
   * The texts matched against the lake, each analyzed on its own so no word pair spans two of
   * them: the title, the description, each skill name and keyword, each responsibility and each
   * qualification.
   */
  default List<String> texts() {
    List<String> out = new ArrayList<>();
    title().ifPresent(out::add);
    description().ifPresent(out::add);
    for (JobSkill skill : skills()) {
      skill.name().ifPresent(out::add);
      out.addAll(skill.keywords());
    }
    out.addAll(responsibilities());
    out.addAll(qualifications());
    return List.copyOf(out);
  }
}
