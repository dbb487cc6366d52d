package io.covercrit.jurisdictions.internal;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The federal claims rules and each state program's rules and notes, built once per combination of
 * {@link RuleFacts} (a few dozen in practice) rather than on every timeline: building them was a
 * fifth of the cost of a timeline. The rules are immutable, so every case with the same facts
 * shares them.
 */
final class RuleSets {
  /** Combinations kept per engine; past this, rule sets are built for each timeline as before. */
  static final int MAX_KEPT = 4096;

  /** Which rule set, for which facts. */
  private record Key(String set, RuleFacts facts) {}

  private final ConcurrentHashMap<Key, List<ClockRule>> rules = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Key, List<String>> notes = new ConcurrentHashMap<>();

  List<ClockRule> federalClaimsAndInternalAppeal(RuleFacts facts) {
    return kept(rules, new Key("federal claims and internal appeal", facts), FederalRules::claimsAndInternalAppeal);
  }

  List<ClockRule> stateRules(StateProgram program, RuleFacts facts) {
    return kept(rules, new Key(program.name(), facts), program.rules());
  }

  List<String> stateNotes(StateProgram program, RuleFacts facts) {
    return kept(notes, new Key(program.name(), facts), program.notes());
  }

  private static <T> List<T> kept(ConcurrentHashMap<Key, List<T>> table, Key key, Function<RuleFacts, List<T>> build) {
    List<T> built = table.get(key);
    if (built == null) {
      built = List.copyOf(build.apply(key.facts()));
      if (table.size() < MAX_KEPT) {
        table.putIfAbsent(key, built);
      }
    }
    return built;
  }
}
