package io.covercrit.examples.cli;

/**
 * {@code --policy-path} names something that cannot be loaded. The message is one line that
 * names the option and the entry (paths and class names from the command line and the host's
 * jars, never request content); the command line prints it and exits with
 * {@link CovercritCli#INPUT_ERROR}.
 */
final class PolicyPathException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the policy path. */
  enum Problem {
    /** Two separators in a row, or one at an end: an entry with no path. */
    EMPTY_ENTRY,
    /** The entry does not exist. */
    NOT_FOUND,
    /** The entry is neither a jar file nor a directory. */
    NOT_A_JAR_OR_DIRECTORY,
    /** The entry exists but cannot be read. */
    UNREADABLE,
    /** A directory with no {@code *.jar} in it that is not a class directory either. */
    NO_JARS,
    /** A jar (or every jar of a directory) lists no {@code PolicyProvider}. */
    NO_PROVIDER,
    /** One jar or directory is named twice (directly, or also through its directory). */
    NAMED_TWICE,
    /** One provider class is listed twice: by two entries, or by an entry and the class path. */
    DUPLICATE_PROVIDER,
    /** A listed provider cannot be loaded, is not a provider, or fails when asked for its policies. */
    PROVIDER_FAILED,
    /** Two versions of one policy id take effect on the same date. */
    DUPLICATE_POLICY
  }

  private final Problem problem;

  PolicyPathException(Problem problem, String message) {
    // The message says all; a stack trace would only point into this loader.
    super(message, null, false, false);
    this.problem = problem;
  }

  Problem problem() {
    return problem;
  }
}
