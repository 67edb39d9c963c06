package dev.veracity.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Rates a site by walking its host from the most specific name up to the registrable domain and
 * taking, from each list, the first entry found.
 *
 * <p>Within one list and host, an entry for a section the asked-about path lies in wins over the
 * whole-site entry, the longest section first. Across lists, ratings are ordered: overrides first;
 * then the more specific host; then the longer matching section (a whole-site entry counts as
 * none); then the newer list date (an unknown date is oldest); then load order. The first is the
 * verdict's basis. Immutable and thread-safe.
 */
public final class SuffixWalkSourceRatings implements SourceRatings {

  private final List<SourceList> lists;
  private final List<Map<String, List<SourceRating>>> indexes;

  /** Indexes {@code lists}; their order breaks the last ties. */
  public SuffixWalkSourceRatings(List<SourceList> lists) {
    this.lists = List.copyOf(lists);
    List<Map<String, List<SourceRating>>> built = new ArrayList<>();
    for (SourceList list : this.lists) {
      Map<String, List<SourceRating>> index = new HashMap<>();
      for (SourceRating r : list.ratings()) {
        index.computeIfAbsent(r.site(), k -> new ArrayList<>()).add(r);
      }
      built.add(index);
    }
    this.indexes = List.copyOf(built);
  }

  /**
   * Loads OpenSources, both MBFC versions (ACL 2020, EMNLP 2018) and, when the file exists, the
   * overrides.
   *
   * @param datasets the folder holding {@code opensources/} and {@code mbfc-baly/}
   * @param overridesFolder the folder that may hold {@code overrides.csv}, e.g. {@code
   *     <home>/sources}
   * @throws IOException when a list is missing, unreadable or (overrides) malformed
   */
  public static SuffixWalkSourceRatings load(Path datasets, Path overridesFolder)
      throws IOException {
    Objects.requireNonNull(datasets, "datasets");
    Objects.requireNonNull(overridesFolder, "overridesFolder");
    List<SourceList> lists = new ArrayList<>();
    if (Files.isRegularFile(overridesFolder.resolve(OverridesReader.FILE))) {
      lists.add(new OverridesReader().read(overridesFolder));
    }
    lists.add(new OpenSourcesReader().read(datasets.resolve(OpenSourcesReader.NAME)));
    Path mbfc = datasets.resolve(MbfcBalyReader.NAME);
    lists.add(new MbfcBalyReader(MbfcBalyReader.ACL2020).read(mbfc));
    lists.add(new MbfcBalyReader(MbfcBalyReader.EMNLP18).read(mbfc));
    return new SuffixWalkSourceRatings(lists);
  }

  @Override
  public List<SourceList> lists() {
    return lists;
  }

  @Override
  public SourceVerdict rate(SourceAddress address) {
    Objects.requireNonNull(address, "address");
    List<String> hosts = address.candidateHosts();
    List<Match> applied = new ArrayList<>();
    List<SourceRating> sectionOnly = new ArrayList<>();
    for (int i = 0; i < lists.size(); i++) {
      Optional<Match> match = match(indexes.get(i), hosts, address.section(), i);
      if (match.isPresent()) {
        applied.add(match.get());
      } else {
        sectionOnly.addAll(otherSections(indexes.get(i), hosts));
      }
    }
    applied.sort(PRECEDENCE);
    return SourceVerdict.of(address, applied.stream().map(Match::rating).toList(), sectionOnly);
  }

  private static final Comparator<Match> PRECEDENCE =
      Comparator.comparing((Match m) -> !m.rating().snapshot().list().equals(OverridesReader.NAME))
          .thenComparing(m -> -m.rating().site().length())
          .thenComparing(m -> -m.rating().section().map(String::length).orElse(0))
          .thenComparing(m -> datedOrEmpty(m.rating().snapshot().date()), Comparator.reverseOrder())
          .thenComparing(Match::listIndex);

  /** An ISO date or year as given; anything else ({@code unknown}) sorts as oldest. */
  private static String datedOrEmpty(String date) {
    return !date.isEmpty() && Character.isDigit(date.charAt(0)) ? date : "";
  }

  /** A list's rating that applies, and the list's position for tie-breaking. */
  private record Match(SourceRating rating, int listIndex) {}

  private static Optional<Match> match(
      Map<String, List<SourceRating>> index,
      List<String> hosts,
      Optional<String> path,
      int listIndex) {
    for (String host : hosts) {
      List<SourceRating> entries = index.getOrDefault(host, List.of());
      Optional<SourceRating> best =
          entries.stream()
              .filter(r -> r.section().isEmpty() || within(path, r.section().get()))
              .max(Comparator.comparing(r -> r.section().map(String::length).orElse(0)));
      if (best.isPresent()) {
        return Optional.of(new Match(best.get(), listIndex));
      }
    }
    return Optional.empty();
  }

  /** The section-only entries at the most specific host that has any. */
  private static List<SourceRating> otherSections(
      Map<String, List<SourceRating>> index, List<String> hosts) {
    for (String host : hosts) {
      List<SourceRating> entries = index.getOrDefault(host, List.of());
      if (!entries.isEmpty()) {
        return entries;
      }
    }
    return List.of();
  }

  private static boolean within(Optional<String> path, String section) {
    return path.isPresent() && (path.get().equals(section) || path.get().startsWith(section + "/"));
  }
}
