/**
 * Tailoring a lake to one job: the job's terms, found with Lucene's English analysis, rank the
 * entries by BM25, and every chosen entry says why it was chosen.
 */
@io.experiencelake.core.LakeStyle
package io.experiencelake.tailor;
