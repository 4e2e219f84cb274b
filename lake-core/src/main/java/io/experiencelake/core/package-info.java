/**
 * The lake's vocabulary as immutable values: stories, clusters, engagements, entries, evidence anchors and statuses.
 */
@LakeStyle
package io.experiencelake.core;
