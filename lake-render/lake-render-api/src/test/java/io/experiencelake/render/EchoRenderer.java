package io.experiencelake.render;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import java.util.stream.Collectors;

/** A test renderer found through {@code META-INF/services}: writes the selected claims, one a line. */
public final class EchoRenderer implements Renderer {

  /** Makes the renderer. */
  public EchoRenderer() {}

  @Override
  public String name() {
    return "echo";
  }

  @Override
  public Rendition render(Lake lake, RenderOptions options) {
    Selection selection = Selection.of(lake, options);
    String text = selection.entries().stream().map(LakeEntry::claim).collect(Collectors.joining("\n", "", "\n"));
    return ImmutableRendition.builder()
        .addArtifacts(Artifact.utf8("echo/claims.txt", "text/plain; charset=utf-8", text))
        .addAllEntriesUsed(selection.ids())
        .build();
  }
}
