package dev.veracity.source;

import dev.veracity.corpus.FileDigests;
import dev.veracity.report.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rates sites from loaded lists. Implementations are immutable and thread-safe. */
public interface SourceRatings {

  /** Every loaded list's rating of {@code address}, combined. */
  SourceVerdict rate(SourceAddress address);

  /**
   * Parses and rates a domain, host or URL.
   *
   * @throws NotADomainException when {@code domainOrUrl} names no site
   */
  default SourceVerdict rate(String domainOrUrl) throws NotADomainException {
    return rate(SourceAddress.parse(domainOrUrl));
  }

  /** The loaded lists, in load order. */
  List<SourceList> lists();

  /**
   * The loaded lists for a report's provenance: role {@code source-ratings}, name {@code
   * list/version}, version {@code date sha256:<hex of the list's file digests>}.
   */
  default List<Component> components() {
    List<Component> components = new ArrayList<>();
    for (SourceList list : lists()) {
      ListSnapshot s = list.snapshot();
      List<String> lines = new ArrayList<>();
      for (Map.Entry<String, String> file : s.sha256().entrySet()) {
        lines.add(file.getValue() + "  " + file.getKey());
      }
      components.add(
          new Component(
              "source-ratings",
              s.name(),
              s.date() + " sha256:" + FileDigests.sha256OfListing(lines)));
    }
    return components;
  }
}
