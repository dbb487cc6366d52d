/**
 * covercrit core: the request model, the three-valued clause engine, determinations, ICD-10-CM
 * codes and the versioned JSON form.
 *
 * <p>Only API packages are exported; {@code *.internal} packages are not. The packages whose value
 * types Jackson builds (the generated implementations are package-private) are opened to Jackson
 * databind only. Policies are found through {@link io.covercrit.core.eval.PolicyProvider}
 * services.
 */
module io.covercrit.core {
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.slf4j;
  // Compile-time only: the annotations of the value types are not needed at run time.
  requires static org.immutables.value;

  exports io.covercrit.core;
  exports io.covercrit.core.clauses;
  exports io.covercrit.core.codes;
  exports io.covercrit.core.eval;
  exports io.covercrit.core.json;
  exports io.covercrit.core.model;

  opens io.covercrit.core.codes to com.fasterxml.jackson.databind;
  opens io.covercrit.core.eval to com.fasterxml.jackson.databind;
  opens io.covercrit.core.json to com.fasterxml.jackson.databind;
  opens io.covercrit.core.model to com.fasterxml.jackson.databind;

  uses io.covercrit.core.eval.PolicyProvider;
}
