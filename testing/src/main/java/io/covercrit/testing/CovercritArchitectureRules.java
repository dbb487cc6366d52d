package io.covercrit.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.io.Serializable;
import java.text.DateFormat;
import java.text.Format;
import java.time.Clock;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Calendar;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.IdentityHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Vector;
import java.util.WeakHashMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The covercrit architecture rules, shared by every module through covercrit-testing (which
 * also checks core's own architecture, since core cannot depend on it); a host's policy module
 * gets the ones that apply to it in one call with {@link PolicyArchitecture}.
 *
 * <p>Usage, in a module's test sources:
 *
 * <pre>{@code
 * JavaClasses classes = CovercritArchitectureRules.importProductionClasses("io.covercrit.cigna");
 * CovercritArchitectureRules.evaluators_are_pure("io.covercrit.cigna..").check(classes);
 * CovercritArchitectureRules.no_static_mutable_state.check(classes);
 * }</pre>
 *
 * <p>Import with {@link #importProductionClasses(String...)} (or add {@link DoNotIncludeTestJars}
 * to your own importer): covercrit-testing's tests hold fixtures that break every rule on purpose
 * ({@code io.covercrit.testing.fixtures}), and ArchUnit's {@code DoNotIncludeTests} only
 * recognises test <em>directories</em>, not a test-jar resolved from a repository.
 *
 * <p>Exceptions to a rule are made where it is applied, each with its reason, by narrowing the
 * classes a rule applies to ({@code evaluators_*}) or by naming the exempt field
 * ({@link #no_static_mutable_state_except}). Decisions built into the rules:
 * <ul>
 *   <li>{@code java.io.Serializable} is allowed in evaluators: a marker interface (every exception
 *       is one through {@link Throwable}), no I/O. {@code java.io.UncheckedIOException} is
 *       <em>not</em> allowed: an evaluator that throws it is doing I/O or wrapping someone's;
 *       the JSON edge, which uses it, is exempt from the I/O rule as a whole.
 *   <li>{@code java.util.ServiceLoader} is not treated as I/O: it is in {@code java.util}, and
 *       {@code PolicyRegistry.installed()} uses it once, to build a registry, never during an
 *       evaluation. No rule trips on it.
 *   <li>The static-state rule ignores enum constants and fields the compiler generates (the
 *       synthetic {@code $VALUES} array of every enum, {@code $SwitchMap$} arrays of enum
 *       switches, {@code $assertionsDisabled}). Immutables-generated {@code Immutable*} classes need
 *       no exception: their only static fields are {@code private static final long INIT_BIT_*}.
 *   <li>The static-state rule sees a mutable value behind an interface-typed field
 *       ({@code static final Map<K, V> M = new HashMap<>()}) when the mutable collection is
 *       constructed on the line that assigns the field and no unmodifiable wrapper or copy is
 *       taken on that line. A mutable value built in a {@code static {}} block or returned by a
 *       helper method is not seen: build such values with {@code List.copyOf}, {@code Map.copyOf}
 *       or {@code Collections.unmodifiable*}.
 * </ul>
 */
public final class CovercritArchitectureRules {
  private CovercritArchitectureRules() {}

  // ---------------------------------------------------------------------------------------------
  // Importing

  /** Excludes classes from {@code *-tests.jar} / {@code *-test.jar} archives. */
  public static final class DoNotIncludeTestJars implements ImportOption {
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests?\\.jar!/.*");

    @Override
    public boolean includes(Location location) {
      return !location.matches(TEST_JAR);
    }
  }

  /**
   * The production classes in {@code packages} (and below) on the class path: no test classes
   * of any module, no test-jar, hence none of the rule fixtures.
   */
  public static JavaClasses importProductionClasses(String... packages) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(new DoNotIncludeTestJars())
        .importPackages(packages);
  }

  // ---------------------------------------------------------------------------------------------
  // Pure evaluators

  /**
   * I/O types: {@code java.io}, {@code java.nio}, {@code java.net}, {@code java.sql}; not
   * {@code Serializable}, and not {@code java.nio.charset} (encoding text in memory, e.g. UTF-8
   * byte lengths for iCalendar line folding, is no I/O).
   */
  public static final DescribedPredicate<JavaClass> IO_TYPES =
      resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..")
          .and(not(type(Serializable.class)))
          .and(not(resideInAPackage("java.nio.charset..")))
          .as("I/O types (java.io, java.nio, java.net, java.sql, except java.io.Serializable and java.nio.charset)");

  /** Types that read the time: {@link Clock} and {@link InstantSource}. */
  public static final DescribedPredicate<JavaClass> CLOCK_TYPES =
      assignableTo(Clock.class).or(assignableTo(InstantSource.class)).as("java.time.Clock or InstantSource");

  /** Calls or method references that read the time. */
  public static final DescribedPredicate<JavaAccess<?>> CLOCK_READS = accessTo(
      "System.currentTimeMillis(), System.nanoTime() or a java.time now(..) method",
      target -> isMember(target, "java.lang.System", "currentTimeMillis")
          || isMember(target, "java.lang.System", "nanoTime")
          || target.getOwner().getPackageName().startsWith("java.time") && target.getName().equals("now"));

  /** Random number generators: {@link Random} and its subclasses, {@link SplittableRandom}, {@code java.util.random}. */
  public static final DescribedPredicate<JavaClass> RANDOM_TYPES =
      assignableTo(Random.class).or(assignableTo(SplittableRandom.class)).or(resideInAPackage("java.util.random.."))
          .as("random number generators (Random, SecureRandom, ThreadLocalRandom, SplittableRandom, java.util.random)");

  /** Calls or method references that draw random values. */
  public static final DescribedPredicate<JavaAccess<?>> RANDOM_READS = accessTo(
      "UUID.randomUUID(), Math.random() or StrictMath.random()",
      target -> isMember(target, "java.util.UUID", "randomUUID")
          || isMember(target, "java.lang.Math", "random")
          || isMember(target, "java.lang.StrictMath", "random"));

  /** Evaluators depend on no I/O type. */
  public static ArchRule evaluators_do_no_io(DescribedPredicate<? super JavaClass> evaluators) {
    return noClasses().that(evaluators).should().dependOnClassesThat(IO_TYPES)
        .because("an evaluation is a pure function of (request, as-of date): the same input must give the"
            + " same determination whatever files, network or database the host has");
  }

  /** Evaluators read no clock: the as-of date is an argument. */
  public static ArchRule evaluators_read_no_clock(DescribedPredicate<? super JavaClass> evaluators) {
    return noClasses().that(evaluators).should().accessTargetWhere(CLOCK_READS)
        .orShould().dependOnClassesThat(CLOCK_TYPES)
        .because("the as-of date is an input and never changes during an evaluation: a determination made"
            + " today must be reproducible tomorrow");
  }

  /** Evaluators draw no random numbers. */
  public static ArchRule evaluators_use_no_randomness(DescribedPredicate<? super JavaClass> evaluators) {
    return noClasses().that(evaluators).should().accessTargetWhere(RANDOM_READS)
        .orShould().dependOnClassesThat(RANDOM_TYPES)
        .because("equal inputs must give equal determinations and byte-for-byte equal JSON");
  }

  /** {@link #evaluators_do_no_io}, {@link #evaluators_read_no_clock} and {@link #evaluators_use_no_randomness}. */
  public static ArchRule evaluators_are_pure(DescribedPredicate<? super JavaClass> evaluators) {
    return CompositeArchRule.of(evaluators_do_no_io(evaluators))
        .and(evaluators_read_no_clock(evaluators))
        .and(evaluators_use_no_randomness(evaluators));
  }

  /** {@link #evaluators_are_pure(DescribedPredicate)} for the classes in {@code packages} (ArchUnit package syntax). */
  public static ArchRule evaluators_are_pure(String... packages) {
    return evaluators_are_pure(resideInAnyPackage(packages));
  }

  // ---------------------------------------------------------------------------------------------
  // Static state

  /** Static fields are final and hold no mutable value; see the class comment for what is seen. */
  public static final ArchRule no_static_mutable_state = no_static_mutable_state_except(DescribedPredicate.alwaysFalse());

  /** {@link #no_static_mutable_state} with documented exceptions (see {@link #documentedException}). */
  public static ArchRule no_static_mutable_state_except(DescribedPredicate<? super JavaField> documentedExceptions) {
    return classes().should(holdNoStaticMutableState(documentedExceptions))
        .because("policies, code sets and registries are shared by every thread and every evaluation: state"
            + " one evaluation could change would make a determination depend on what ran before it");
  }

  /** An exempt field, with the reason written where the exception is made. */
  public static DescribedPredicate<JavaField> documentedException(String className, String fieldName, String reason) {
    return DescribedPredicate.describe(className + "." + fieldName + " (" + reason + ")",
        field -> field.getOwner().getName().equals(className) && field.getName().equals(fieldName));
  }

  private static final List<Class<?>> MUTABLE_TYPES = List.of(
      ArrayList.class, LinkedList.class, Vector.class, ArrayDeque.class, PriorityQueue.class,
      HashMap.class, TreeMap.class, Hashtable.class, IdentityHashMap.class, WeakHashMap.class, EnumMap.class,
      HashSet.class, TreeSet.class, EnumSet.class, BitSet.class,
      ConcurrentHashMap.class, ConcurrentSkipListMap.class, ConcurrentSkipListSet.class,
      ConcurrentLinkedQueue.class, ConcurrentLinkedDeque.class, CopyOnWriteArrayList.class,
      CopyOnWriteArraySet.class, BlockingQueue.class,
      StringBuilder.class, StringBuffer.class, Date.class, Calendar.class, Format.class,
      Random.class, ThreadLocal.class);

  /** The mutable type {@code type} is, or is a subtype of: LinkedHashMap is a HashMap. */
  private static Optional<String> mutableType(JavaClass type) {
    if (type.isArray()) {
      return Optional.of("an array");
    }
    if (type.getPackageName().equals("java.util.concurrent.atomic")) {
      return Optional.of(type.getName());
    }
    for (Class<?> mutable : MUTABLE_TYPES) {
      if (type.isAssignableTo(mutable)) {
        return Optional.of(type.getName());
      }
    }
    return Optional.empty();
  }

  private static boolean freezes(JavaMethodCall call) {
    String owner = call.getTargetOwner().getName();
    String name = call.getName();
    return owner.equals("java.util.Collections") && name.startsWith("unmodifiable")
        // not List.of/Map.of: new ArrayList<>(List.of(..)) is mutable, and of(..) wraps no collection
        || List.of("java.util.List", "java.util.Set", "java.util.Map").contains(owner) && name.equals("copyOf")
        || owner.equals("java.util.stream.Collectors") && name.startsWith("toUnmodifiable")
        || owner.equals("java.util.stream.Stream") && name.equals("toList");
  }

  private static ArchCondition<JavaClass> holdNoStaticMutableState(DescribedPredicate<? super JavaField> exceptions) {
    return new ArchCondition<>("hold no static mutable state") {
      @Override
      public void check(JavaClass clazz, ConditionEvents events) {
        List<JavaField> reported = new ArrayList<>();
        for (JavaField field : clazz.getFields()) {
          if (!isCheckedStaticField(field, exceptions)) {
            continue;
          }
          if (!field.getModifiers().contains(JavaModifier.FINAL)) {
            violated(events, field, "is static but not final");
            reported.add(field);
          } else {
            Optional<String> mutable = mutableType(field.getRawType());
            if (mutable.isPresent()) {
              violated(events, field, "is static final but of mutable type " + mutable.get());
              reported.add(field);
            }
          }
        }
        clazz.getStaticInitializer().ifPresent(init -> checkInitializer(clazz, init, exceptions, reported, events));
      }
    };
  }

  private static void checkInitializer(JavaClass clazz, JavaCodeUnit init, DescribedPredicate<? super JavaField> exceptions,
      List<JavaField> reported, ConditionEvents events) {
    for (JavaConstructorCall construction : init.getConstructorCallsFromSelf()) {
      Optional<String> mutable = mutableType(construction.getTargetOwner());
      int line = construction.getLineNumber();
      if (mutable.isEmpty() || init.getMethodCallsFromSelf().stream().anyMatch(c -> c.getLineNumber() == line && freezes(c))) {
        continue;
      }
      for (JavaFieldAccess access : init.getFieldAccesses()) {
        if (access.getAccessType() != JavaFieldAccess.AccessType.SET || access.getLineNumber() != line
            || !access.getTargetOwner().equals(clazz)) {
          continue;
        }
        Optional<JavaField> field = access.getTarget().resolveMember();
        if (field.isPresent() && isCheckedStaticField(field.get(), exceptions) && !reported.contains(field.get())) {
          violated(events, field.get(), "is static and initialised with a new " + mutable.get()
              + " (line " + line + ")");
          reported.add(field.get());
        }
      }
    }
  }

  private static boolean isCheckedStaticField(JavaField field, DescribedPredicate<? super JavaField> exceptions) {
    return field.getModifiers().contains(JavaModifier.STATIC)
        && !field.getModifiers().contains(JavaModifier.SYNTHETIC) // $VALUES, $SwitchMap$..., $assertionsDisabled
        && !field.getModifiers().contains(JavaModifier.ENUM) // enum constants
        && !exceptions.test(field);
  }

  private static void violated(ConditionEvents events, JavaField field, String problem) {
    events.add(SimpleConditionEvent.violated(field, field.getDescription() + " " + problem + " in "
        + field.getOwner().getSourceCodeLocation()));
  }

  // ---------------------------------------------------------------------------------------------
  // Library hygiene

  /** No {@code System.out}, {@code System.err} or {@code printStackTrace()}. */
  public static final ArchRule no_standard_streams_in_library_code =
      noClasses().should().accessField(System.class, "out")
          .orShould().accessField(System.class, "err")
          .orShould().accessTargetWhere(accessTo("Throwable.printStackTrace() (which writes to System.err)",
              target -> target.getFullName().endsWith(".printStackTrace()") && target.getOwner().isAssignableTo(Throwable.class)))
          .because("a library must not write to its host's console: output goes through SLF4J or return"
              + " values, and request data must never reach an unmanaged stream");

  /** java.time only: no {@code Date}, {@code Calendar}, {@code TimeZone}, {@code DateFormat}. */
  public static final ArchRule no_legacy_date_time =
      noClasses().should().dependOnClassesThat(assignableTo(Date.class).or(assignableTo(Calendar.class))
              .or(assignableTo(TimeZone.class)).or(assignableTo(DateFormat.class))
              .as("java.util.Date (and java.sql subclasses), Calendar, TimeZone or DateFormat"))
          .because("the legacy types are mutable and read the default time zone; dates are LocalDate");

  /** SLF4J loggers are {@code private static final}; modules without a logger pass. */
  public static final ArchRule loggers_are_private_static_final =
      fields().that().haveRawType("org.slf4j.Logger")
          .should().bePrivate().andShould().beStatic().andShould().beFinal()
          .allowEmptyShould(true)
          .because("one logger per class, named after it, and not shared as API");

  /** No logging backend: the host chooses one. */
  public static final ArchRule no_logging_backend =
      noClasses().should().dependOnClassesThat().resideInAnyPackage(
              "ch.qos.logback..", "org.apache.logging.log4j.core..", "org.slf4j.simple..", "org.slf4j.impl..",
              "org.apache.log4j..")
          .because("an embeddable library logs through the SLF4J API only and leaves the backend to its host");

  /** Logging goes through the SLF4J API, not another logging API. */
  public static final ArchRule logging_goes_through_slf4j =
      noClasses().should().dependOnClassesThat(resideInAnyPackage("java.util.logging..", "org.apache.logging.log4j..",
                  "org.apache.commons.logging..", "org.jboss.logging..")
              .or(type(System.Logger.class))
              .as("a logging API other than SLF4J"))
          .because("hosts configure one logging facade, SLF4J; other APIs bypass it");

  // ---------------------------------------------------------------------------------------------
  // Layering

  /** Core knows no payer, no state and no example. */
  public static final ArchRule core_knows_no_payer_jurisdiction_or_example =
      noClasses().that().resideInAPackage("io.covercrit.core..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "io.covercrit.cigna..", "io.covercrit.jurisdictions..", "io.covercrit.examples..")
          .because("core is the engine every payer and state module builds on; it must build and test alone");

  /** State rules do not depend on any payer's criteria. */
  public static final ArchRule jurisdictions_do_not_depend_on_criteria =
      noClasses().that().resideInAPackage("io.covercrit.jurisdictions..")
          .should().dependOnClassesThat().resideInAnyPackage("io.covercrit.cigna..")
          .because("state law applies to every payer alike; add each new payer's package here");

  /** Examples use the public API of the other modules, never an {@code internal} package. */
  public static final ArchRule examples_use_no_internal_package_of_other_modules =
      noClasses().that().resideInAPackage("io.covercrit.examples..")
          .should().dependOnClassesThat(resideInAPackage("..internal..").and(resideOutsideOfPackage("io.covercrit.examples..")))
          .because("examples show hosts how to use covercrit; internal packages may change in any release");

  /**
   * Policies of one payer (the sub-packages of {@code payerPackage}, e.g. {@code io.covercrit.cigna})
   * do not depend on each other; dependencies on {@code sharedPackages} (full names) are allowed.
   */
  public static ArchRule policies_of_one_payer_do_not_depend_on_each_other(String payerPackage, String... sharedPackages) {
    SliceRule rule = slices().matching(payerPackage + ".(*)..").should().notDependOnEachOther();
    for (String shared : sharedPackages) {
      rule = rule.ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage(shared + ".."));
    }
    return rule.because("each policy file is reviewed against its own PDF; a change to one policy must not"
        + " change another's determinations");
  }

  /**
   * No dependency cycle between the packages under {@code rootPackage} (each package is its own
   * slice, {@code internal} packages included): a host can take the API packages in layers, and
   * an API type never needs an implementation package that needs it back.
   */
  public static ArchRule no_package_cycles(String rootPackage) {
    return slices().matching(rootPackage + ".(**)").namingSlices("package $1")
        .should().beFreeOfCycles()
        .because("a cycle makes the packages one unit: neither can be understood, tested or released alone");
  }

  /** Whether {@code type} lives in an {@code internal} package (or below one). */
  public static final DescribedPredicate<JavaClass> INTERNAL_TYPES =
      resideInAPackage("..internal..").as("a type of an internal package");

  /**
   * The public API of the classes given (public types outside {@code internal} packages, their
   * public and protected members) names no type of an {@code internal} package: not as a
   * supertype, field type, parameter, return type, thrown exception or type argument. The module
   * descriptors do not export {@code internal} packages, so such a signature could not be used
   * on the module path.
   */
  public static final ArchRule public_api_exposes_no_internal_type =
      classes().that().arePublic().and().resideOutsideOfPackage("..internal..")
          .should(new ArchCondition<JavaClass>("name no internal type in their public signatures") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
              List<String> exposed = new ArrayList<>();
              type.getRawSuperclass().filter(INTERNAL_TYPES).ifPresent(t -> exposed.add("extends " + t.getName()));
              type.getRawInterfaces().stream().filter(INTERNAL_TYPES)
                  .forEach(t -> exposed.add("implements " + t.getName()));
              boolean subclassable = !type.getModifiers().contains(JavaModifier.FINAL);
              for (JavaField field : type.getFields()) {
                if (visibleOutside(field.getModifiers(), subclassable)) {
                  field.getType().getAllInvolvedRawTypes().stream().filter(INTERNAL_TYPES)
                      .forEach(t -> exposed.add("field " + field.getName() + ": " + t.getName()));
                }
              }
              for (JavaCodeUnit unit : type.getCodeUnits()) {
                if (!visibleOutside(unit.getModifiers(), subclassable) || unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                  continue;
                }
                List<JavaClass> named = new ArrayList<>(unit.getReturnType().getAllInvolvedRawTypes());
                unit.getParameterTypes().forEach(p -> named.addAll(p.getAllInvolvedRawTypes()));
                named.addAll(unit.getThrowsClause().getTypes());
                named.stream().filter(INTERNAL_TYPES).distinct()
                    .forEach(t -> exposed.add(unit.getName() + "(..): " + t.getName()));
              }
              for (String each : exposed) {
                events.add(SimpleConditionEvent.violated(type, type.getName() + " exposes " + each));
              }
            }
          })
          .because("internal packages are not exported: a host could neither name nor rely on those types");

  private static boolean visibleOutside(java.util.Set<JavaModifier> modifiers, boolean subclassable) {
    return modifiers.contains(JavaModifier.PUBLIC) || (subclassable && modifiers.contains(JavaModifier.PROTECTED));
  }

  // ---------------------------------------------------------------------------------------------

  private static boolean isMember(AccessTarget target, String owner, String name) {
    return target.getOwner().getName().equals(owner) && target.getName().equals(name);
  }

  private static DescribedPredicate<JavaAccess<?>> accessTo(String description, Predicate<AccessTarget> test) {
    return DescribedPredicate.describe(description, access -> test.test(access.getTarget()));
  }
}
