package io.experiencelake.tailor;

/**
 * One term of a text: its analyzed key (stemmed, lowercase, e.g. {@code migrat} or
 * {@code data pipelin}) and its words as written in the text (e.g. {@code migrating},
 * {@code data pipelines}).
 */
record Term(String key, String surface) {}
