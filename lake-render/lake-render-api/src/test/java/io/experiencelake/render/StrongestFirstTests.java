package io.experiencelake.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.RoleProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrongestFirstTests {

  private final Lake lake = RenderFixtures.smallLake();
  private final Optional<RoleProfile> role = lake.roles().stream().findFirst();

  private List<String> ids(List<LakeEntry> entries) {
    List<String> ids = new ArrayList<>();
    entries.forEach(e -> ids.add(e.id()));
    return ids;
  }

  @Test
  void putsTheRolesCapabilitiesFirstThenAchievedBeforeCurrentBeforeTarget() {
    List<LakeEntry> reversed = new ArrayList<>(lake.entries());
    Collections.reverse(reversed);

    // loads and talk demonstrate the role's one required capability; replay (CURRENT) and lineage (TARGET) do not
    assertThat(ids(Selection.strongestFirst(reversed, role))).containsExactly("loads", "talk", "replay", "lineage");
  }

  @Test
  void breaksTiesByEvidenceStrengthThenId() {
    LakeEntry loads = lake.entries().get(0);
    LakeEntry talk = lake.entries().get(1);

    assertThat(Selection.evidenceStrength(loads)).isEqualTo(2); // a report stat that pins its report
    assertThat(Selection.evidenceStrength(talk)).isEqualTo(1); // a receipt
    assertThat(ids(Selection.strongestFirst(List.of(talk, loads), Optional.empty()))).containsExactly("loads", "talk");
  }
}
