/**
 * ICD-10-CM codes: {@link io.covercrit.core.codes.Icd10Code} checks and normalises the
 * structure; an {@link io.covercrit.core.codes.Icd10CodeSet} says whether a code exists and is
 * billable. Policies recognise diagnoses by hierarchy ("within {@code L20}") and ask the code set
 * about existence, so a host that loads the official files gets exact answers everywhere.
 */
package io.covercrit.core.codes;
