package io.experiencelake.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: staged builders, JDK collections, public
 * {@code Immutable*} classes that callers never need to name.
 *
 * <p>Put it on a package's {@code package-info.java}; never inline a {@code @Value.Style} on a type.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    stagedBuilder = true,
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    headerComments = false,
    allParameters = false)
public @interface LakeStyle {}
