package io.covercrit.examples.cli;

import io.covercrit.core.eval.PolicyProvider;
import io.covercrit.core.eval.PolicyRegistry;
import io.covercrit.examples.cli.PolicyPathException.Problem;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * {@code --policy-path}: a host's policy jars, loaded beside the built-in policies without
 * touching the project's build.
 *
 * <p>Each entry is a jar file or a directory. A directory means every {@code *.jar} directly in
 * it, in name order; a directory with no jar that holds
 * {@code META-INF/services/io.covercrit.core.eval.PolicyProvider} is a class directory (a build's
 * class output) and is used as it is. A jar named on its own must list a provider; in a directory,
 * jars that list none are loaded as libraries of the others, and at least one must list one.
 *
 * <p>All entries go into one {@link URLClassLoader} whose parent is the command line's own
 * loader, and the registry is {@link PolicyRegistry#installed(ClassLoader)} over it: the
 * built-in policies (found through the parent) and the host's, together. Before that, every
 * provider the entries list is checked, so a failure names the entry and the class.
 */
final class PolicyPath implements AutoCloseable {
  static final String OPTION = "--policy-path";
  static final String SERVICE_FILE = "META-INF/services/" + PolicyProvider.class.getName();

  private static final Pattern SEPARATOR = Pattern.compile(Pattern.quote(File.pathSeparator));

  private final URLClassLoader loader;
  private final PolicyRegistry registry;

  private PolicyPath(URLClassLoader loader, PolicyRegistry registry) {
    this.loader = loader;
    this.registry = registry;
  }

  /** The built-in policies and the host's. */
  PolicyRegistry registry() {
    return registry;
  }

  /** Closes the jars; the registry's policies must not be used afterwards. */
  @Override
  public void close() {
    try {
      loader.close();
    } catch (IOException e) {
      // Only open jar files are released here: nothing to report once the command has run.
    }
  }

  /**
   * Loads {@code values} (each option value, itself a list joined with the platform's path
   * separator) over {@code parent}.
   *
   * @throws PolicyPathException naming the entry and what is wrong with it
   */
  static PolicyPath load(List<String> values, ClassLoader parent) {
    List<Source> sources = new ArrayList<>();
    for (String value : values) {
      for (String entry : SEPARATOR.split(value, -1)) {
        if (entry.isEmpty()) {
          throw new PolicyPathException(Problem.EMPTY_ENTRY, OPTION + " '" + value + "': an empty entry (two "
              + File.pathSeparator + " in a row, or one at an end)");
        }
        sources.addAll(resolve(entry));
      }
    }

    Map<Path, String> named = new LinkedHashMap<>();
    for (Source source : sources) {
      String earlier = named.putIfAbsent(source.file, source.label);
      if (earlier != null) {
        throw new PolicyPathException(Problem.NAMED_TWICE, OPTION + " " + source.label + ": named twice"
            + (earlier.equals(source.label) ? "" : " (also as " + earlier + ")"));
      }
    }

    // ServiceLoader keeps the first of two providers with one class name and drops the other
    // without a word: refuse instead, naming both places.
    Map<String, String> listedBy = new LinkedHashMap<>();
    for (String provider : listedOnClassPath(parent)) {
      listedBy.put(provider, "the class path");
    }
    for (Source source : sources) {
      for (String provider : source.providers) {
        String earlier = listedBy.putIfAbsent(provider, source.label);
        if (earlier != null) {
          throw new PolicyPathException(Problem.DUPLICATE_PROVIDER, OPTION + " " + source.label + ": provider "
              + provider + " is also listed by " + earlier + " (two copies of one policy jar?)");
        }
      }
    }

    URL[] urls = sources.stream().map(s -> s.url).toArray(URL[]::new);
    URLClassLoader loader = new URLClassLoader("covercrit-policy-path", urls, parent);
    try {
      for (Source source : sources) {
        for (String provider : source.providers) {
          check(source, provider, loader);
        }
      }
      return new PolicyPath(loader, installed(loader, sources));
    } catch (RuntimeException | Error e) {
      try {
        loader.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** A jar or class directory and the providers it lists. */
  private static final class Source {
    final String label;
    /** The file or directory itself, links resolved. */
    final Path file;
    final URL url;
    final Set<String> providers;

    Source(String label, Path path, Set<String> providers) {
      this.label = label;
      Path real;
      try {
        real = path.toRealPath();
      } catch (IOException e) {
        real = path.toAbsolutePath().normalize();
      }
      this.file = real;
      try {
        this.url = path.toUri().toURL();
      } catch (MalformedURLException e) {
        throw new PolicyPathException(Problem.NOT_A_JAR_OR_DIRECTORY, OPTION + " " + label + ": not a usable path");
      }
      this.providers = providers;
    }
  }

  private static List<Source> resolve(String entry) {
    Path path;
    try {
      path = Path.of(entry);
    } catch (InvalidPathException e) {
      throw new PolicyPathException(Problem.NOT_FOUND, OPTION + " " + entry + ": not a valid path");
    }
    if (!Files.exists(path)) {
      throw new PolicyPathException(Problem.NOT_FOUND, OPTION + " " + entry + ": no such file or directory");
    }
    if (Files.isRegularFile(path)) {
      Source jar = jar(entry, path);
      if (jar.providers.isEmpty()) {
        throw new PolicyPathException(Problem.NO_PROVIDER, OPTION + " " + entry + ": the jar lists no policy provider"
            + " (no class named in " + SERVICE_FILE + ")");
      }
      return List.of(jar);
    }
    if (!Files.isDirectory(path)) {
      throw new PolicyPathException(Problem.NOT_A_JAR_OR_DIRECTORY, OPTION + " " + entry + ": not a jar file or a directory");
    }
    List<Path> jars = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(path, "*.jar")) {
      for (Path p : listing) {
        if (Files.isRegularFile(p)) {
          jars.add(p);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new PolicyPathException(Problem.UNREADABLE, OPTION + " " + entry + ": the directory cannot be read ("
          + e.getClass().getSimpleName() + ")");
    }
    if (jars.isEmpty()) {
      Path services = path.resolve(SERVICE_FILE);
      if (!Files.isRegularFile(services)) {
        throw new PolicyPathException(Problem.NO_JARS, OPTION + " " + entry + ": the directory holds no .jar file"
            + " and is not a class directory (no " + SERVICE_FILE + ")");
      }
      Set<String> providers;
      try (InputStream in = Files.newInputStream(services)) {
        providers = providerNames(in);
      } catch (IOException e) {
        throw new PolicyPathException(Problem.UNREADABLE, OPTION + " " + entry + ": " + SERVICE_FILE + " cannot be read ("
            + e.getClass().getSimpleName() + ")");
      }
      if (providers.isEmpty()) {
        throw new PolicyPathException(Problem.NO_PROVIDER, OPTION + " " + entry + ": the class directory lists no"
            + " policy provider (no class named in " + SERVICE_FILE + ")");
      }
      return List.of(new Source(entry, path, providers));
    }
    jars.sort(Comparator.comparing(p -> p.getFileName().toString()));
    List<Source> sources = new ArrayList<>();
    for (Path jar : jars) {
      sources.add(jar(path.resolve(jar.getFileName()).toString(), jar));
    }
    if (sources.stream().allMatch(s -> s.providers.isEmpty())) {
      throw new PolicyPathException(Problem.NO_PROVIDER, OPTION + " " + entry + ": none of its " + jars.size()
          + (jars.size() == 1 ? " jar" : " jars") + " lists a policy provider (no class named in " + SERVICE_FILE + ")");
    }
    return sources;
  }

  private static Source jar(String label, Path path) {
    try (JarFile jar = new JarFile(path.toFile())) {
      JarEntry services = jar.getJarEntry(SERVICE_FILE);
      if (services == null) {
        return new Source(label, path, Set.of());
      }
      try (InputStream in = jar.getInputStream(services)) {
        return new Source(label, path, providerNames(in));
      }
    } catch (ZipException e) {
      throw new PolicyPathException(Problem.NOT_A_JAR_OR_DIRECTORY, OPTION + " " + label + ": not a jar file or a directory");
    } catch (IOException | SecurityException e) {
      throw new PolicyPathException(Problem.UNREADABLE, OPTION + " " + label + ": the jar cannot be read ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /** The class names a provider-configuration file lists, as {@link java.util.ServiceLoader} reads it. */
  private static Set<String> providerNames(InputStream in) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int comment = line.indexOf('#');
      String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return Collections.unmodifiableSet(names);
  }

  private static Set<String> listedOnClassPath(ClassLoader parent) {
    Set<String> names = new LinkedHashSet<>();
    try {
      for (URL url : Collections.list(parent.getResources(SERVICE_FILE))) {
        try (InputStream in = url.openStream()) {
          names.addAll(providerNames(in));
        }
      }
    } catch (IOException e) {
      throw new PolicyPathException(Problem.UNREADABLE, OPTION + ": the class path's " + SERVICE_FILE
          + " cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    return names;
  }

  /** Loads (without initialising) a listed provider, so that a bad one is named before any runs. */
  private static void check(Source source, String provider, ClassLoader loader) {
    String failed = OPTION + " " + source.label + ": provider " + provider + " failed to load: ";
    Class<?> type;
    try {
      type = Class.forName(provider, false, loader);
    } catch (ClassNotFoundException e) {
      throw new PolicyPathException(Problem.PROVIDER_FAILED, failed + "class not found");
    } catch (LinkageError e) {
      throw new PolicyPathException(Problem.PROVIDER_FAILED, failed + oneLine(e));
    }
    if (!PolicyProvider.class.isAssignableFrom(type)) {
      throw new PolicyPathException(Problem.PROVIDER_FAILED, failed + "it does not implement " + PolicyProvider.class.getName());
    }
    boolean publicConstructor;
    try {
      publicConstructor = Modifier.isPublic(type.getModifiers()) && Modifier.isPublic(type.getConstructor().getModifiers());
    } catch (NoSuchMethodException e) {
      publicConstructor = false;
    } catch (LinkageError e) {
      throw new PolicyPathException(Problem.PROVIDER_FAILED, failed + oneLine(e));
    }
    if (!publicConstructor || Modifier.isAbstract(type.getModifiers())) {
      throw new PolicyPathException(Problem.PROVIDER_FAILED, failed + "it needs to be a public class with a public"
          + " no-argument constructor");
    }
  }

  /** {@link PolicyRegistry#installed(ClassLoader)}, with a failure put in terms of the entry and provider. */
  private static PolicyRegistry installed(ClassLoader loader, List<Source> sources) {
    try {
      return PolicyRegistry.installed(loader);
    } catch (ServiceConfigurationError e) {
      // ServiceLoader names the provider in its message ("Provider X could not be instantiated")
      // and keeps what the constructor threw as the cause.
      String message = String.valueOf(e.getMessage());
      Source source = null;
      String provider = null;
      for (Source s : sources) {
        for (String p : s.providers) {
          if (message.contains(p) && (provider == null || p.length() > provider.length())) {
            source = s;
            provider = p;
          }
        }
      }
      String what = e.getCause() != null ? oneLine(unwrap(e.getCause()))
          : message.substring(message.indexOf(": ") + 2).strip();
      if (provider == null) {
        throw new PolicyPathException(Problem.PROVIDER_FAILED, OPTION + ": a policy provider failed to load: " + what);
      }
      throw new PolicyPathException(Problem.PROVIDER_FAILED, OPTION + " " + source.label + ": provider " + provider
          + " failed to load: " + what);
    } catch (RuntimeException | LinkageError e) {
      // Thrown by a provider's policies() (its frame is on the stack), or PolicyRegistry.of
      // refusing two versions with one effective date.
      for (StackTraceElement frame : e.getStackTrace()) {
        for (Source s : sources) {
          for (String p : s.providers) {
            if (frame.getClassName().equals(p) || frame.getClassName().startsWith(p + "$")) {
              throw new PolicyPathException(Problem.PROVIDER_FAILED, OPTION + " " + s.label + ": provider " + p
                  + " failed to give its policies: " + oneLine(unwrap(e)));
            }
          }
        }
      }
      StackTraceElement[] stack = e.getStackTrace();
      if (e instanceof IllegalArgumentException && stack.length > 0
          && stack[0].getClassName().equals(PolicyRegistry.class.getName())) {
        throw new PolicyPathException(Problem.DUPLICATE_POLICY, OPTION + ": " + e.getMessage()
            + " (one version per policy id and effective date: is a policy on the path twice, or also built in?)");
      }
      throw new PolicyPathException(Problem.PROVIDER_FAILED, OPTION + ": loading the policies failed: " + oneLine(unwrap(e)));
    }
  }

  private static Throwable unwrap(Throwable t) {
    Throwable cause = t;
    while ((cause instanceof InvocationTargetException || cause instanceof ExceptionInInitializerError)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** The exception's class and the first line of its message: the host's code, not a stack trace. */
  private static String oneLine(Throwable t) {
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      return t.getClass().getSimpleName();
    }
    return t.getClass().getSimpleName() + ": " + message.strip().lines().findFirst().orElse("");
  }
}
