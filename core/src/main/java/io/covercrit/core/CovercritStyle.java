package io.covercrit.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style for every covercrit value type.
 *
 * <p>Callers see the abstract type and its nested {@code Builder} only; the generated
 * {@code Immutable*} class stays package-private. {@code jdkOnly} keeps Guava out of generated
 * code. JDK 9 collections stay off on purpose: {@code Set.of}/{@code Map.of} iterate in an
 * unspecified order, and determinations must serialise byte for byte the same every time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
public @interface CovercritStyle {}
