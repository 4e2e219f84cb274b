package io.experiencelake.core;

/** Whether a cluster is part of the core set or an optional add-on for extra breadth. */
public enum Tier {
  /** One of the clusters the person leads with. */
  CORE,
  /** An add-on used only when more breadth is needed. */
  OPTIONAL
}
