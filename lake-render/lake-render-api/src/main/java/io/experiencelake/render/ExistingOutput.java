package io.experiencelake.render;

/**
 * What {@link Rendering#write(RenderRun, java.nio.file.Path, ExistingOutput)} may replace at the
 * output path. A file, a link, a device, a pipe or a socket there is never replaced, and neither is
 * a folder no render wrote (one without a {@code manifest.json} this library wrote), whatever the
 * choice.
 *
 * <pre>{@code
 * Rendering.write(run, Path.of("applications/acme"), ExistingOutput.REFUSE);   // a new folder only
 * }</pre>
 */
public enum ExistingOutput {

  /** Write only into a new or empty folder: an earlier render is not replaced either. */
  REFUSE,

  /**
   * Replace an earlier render's folder only while it holds exactly what that render wrote: every
   * file its manifest lists, unchanged, and nothing else. The default.
   */
  REPLACE_UNCHANGED_RENDER,

  /**
   * Replace an earlier render's folder even when files in it changed since, or files were added
   * to it (what {@code lake render --force} asks for); they are lost.
   */
  REPLACE_ANY_RENDER
}
