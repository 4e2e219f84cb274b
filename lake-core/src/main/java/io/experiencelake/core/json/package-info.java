/**
 * The JSON form of a lake: reading {@code lake.json} (parse once, schema, bind, check) and writing it deterministically.
 */
@io.experiencelake.core.LakeStyle
package io.experiencelake.core.json;
