package io.covercrit.jurisdictions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The engineering rules of the module, checked on its compiled classes. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.covercrit.jurisdictions");

  @Test
  void the_rules_see_the_whole_module() {
    org.assertj.core.api.Assertions.assertThat(CLASSES.stream().map(JavaClass::getName))
        .contains(TimelineCalendar.class.getName(), "io.covercrit.jurisdictions.internal.TimelineEngine",
            "io.covercrit.jurisdictions.internal.StatePrograms");
  }

  @Test
  void no_class_reads_the_system_clock() {
    noClasses().should().callMethodWhere(DescribedPredicate.describe("a java.time now() method",
            call -> call.getName().equals("now") && call.getTargetOwner().getPackageName().startsWith("java.time")))
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
        .because("every computation takes its events and instants as input, so the same query gives the same timeline")
        .check(CLASSES);
  }

  @Test
  void no_class_uses_randomness() {
    noClasses().should().dependOnClassesThat().areAssignableTo(java.util.Random.class)
        .orShould().callMethod(java.util.UUID.class, "randomUUID")
        .because("iCalendar UIDs and JSON must be deterministic")
        .check(CLASSES);
  }

  @Test
  void the_rule_implementation_does_no_io() {
    noClasses().that().resideInAPackage("..jurisdictions.internal..")
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.sql..")
        .because("rules are pure computations over Java-encoded data; no file is read at run time")
        .check(CLASSES);
  }

  @Test
  void static_fields_are_final() {
    fields().that().areStatic().should().beFinal()
        .because("no static mutable state: calculators are shared between threads")
        .check(CLASSES);
  }

  @Test
  void static_final_fields_do_not_hold_mutable_collections() {
    fields().that().areStatic().should(new ArchCondition<>("not be of a mutable collection type") {
      @Override
      public void check(com.tngtech.archunit.core.domain.JavaField field, ConditionEvents events) {
        JavaClass type = field.getRawType();
        for (Class<?> mutable : new Class<?>[] {ArrayList.class, HashMap.class, HashSet.class, LinkedHashMap.class,
            LinkedHashSet.class, TreeMap.class, TreeSet.class, EnumMap.class}) {
          if (type.isAssignableTo(mutable)) {
            events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is a " + mutable.getSimpleName()));
          }
        }
      }
    }).because("beFinal() alone does not stop a static final ArrayList from changing; constants use List.of/copyOf")
        .check(CLASSES);
  }

  @Test
  void no_legacy_date_types_and_no_console_output() {
    noClasses().should().dependOnClassesThat().areAssignableTo(java.util.Date.class)
        .orShould().dependOnClassesThat().areAssignableTo(java.util.Calendar.class)
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .because("java.time only; library code never prints")
        .check(CLASSES);
  }

  @Test
  void jurisdictions_do_not_depend_on_payer_criteria() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.covercrit.cigna..", "io.covercrit.criteria..")
        .because("payer rules arrive as PayerAppealRules values; jurisdictions never know a payer")
        .check(CLASSES);
  }

  @Test
  void the_public_api_does_not_expose_internal_types() {
    methods().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("io.covercrit.jurisdictions")
        .and().areDeclaredInClassesThat().arePublic()
        .should(new ArchCondition<>("not return or take internal types") {
          @Override
          public void check(JavaMethod method, ConditionEvents events) {
            boolean leaks = method.getRawReturnType().getPackageName().contains(".internal")
                || method.getRawParameterTypes().stream().anyMatch(p -> p.getPackageName().contains(".internal"));
            if (leaks) {
              events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes an internal type"));
            }
          }
        })
        .because("io.covercrit.jurisdictions.internal may change without notice")
        .check(CLASSES);
  }
}
