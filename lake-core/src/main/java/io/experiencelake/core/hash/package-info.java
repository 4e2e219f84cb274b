/**
 * Canonical JSON (RFC 8785) and SHA-256 content hashes of a lake and of each of its entries.
 */
@io.experiencelake.core.LakeStyle
package io.experiencelake.core.hash;
