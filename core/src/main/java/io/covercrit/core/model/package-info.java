/**
 * The facts of a coverage request, as immutable values validated on construction.
 *
 * <p>Every type has a {@code builder()}; the generated implementation classes are hidden.
 * Optional fields are optional because absence means "not documented", which the criteria engine
 * reports as MISSING rather than as a failed criterion. Quantities carry their units and convert
 * before any comparison ({@link io.covercrit.core.model.Quantity}).
 *
 * <p>Validation failures throw {@link io.covercrit.core.InvalidInputException} naming the field
 * and the rule, never the value.
 */
package io.covercrit.core.model;
