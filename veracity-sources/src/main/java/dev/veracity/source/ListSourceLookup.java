package dev.veracity.source;

import dev.veracity.article.Article;
import dev.veracity.report.Component;
import dev.veracity.signal.ListRating;
import dev.veracity.signal.SourceLookup;
import dev.veracity.signal.SourceSignal;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The core's {@link SourceLookup} role served by loaded {@link SourceRatings}. Thread-safe. */
public final class ListSourceLookup implements SourceLookup {

  private final SourceRatings ratings;

  /** A lookup over {@code ratings}. */
  public ListSourceLookup(SourceRatings ratings) {
    this.ratings = Objects.requireNonNull(ratings, "ratings");
  }

  @Override
  public Optional<SourceSignal> rate(Article article) {
    Optional<String> where = article.domain().or(() -> article.url().map(URI::toString));
    if (where.isEmpty()) {
      return Optional.empty();
    }
    SourceVerdict verdict;
    try {
      verdict = ratings.rate(where.get());
    } catch (NotADomainException e) {
      return Optional.empty();
    }
    List<ListRating> listRatings =
        verdict.ratings().stream().map(ListSourceLookup::listRating).toList();
    String lists =
        String.join(
            ", ",
            ratings.lists().stream()
                .map(l -> l.snapshot().list() + " " + l.snapshot().version())
                .toList());
    String note =
        verdict.category().isPresent()
            ? "rated by " + listRatings.size() + " of the loaded lists (" + lists + ")"
            : "not rated by any loaded list (" + lists + "); that says nothing either way";
    return Optional.of(
        new SourceSignal(
            verdict.address().registrableDomain(),
            verdict.category().map(SourceCategory::id),
            verdict.bias().map(Bias::id),
            verdict.factuality().map(Factuality::id),
            verdict.listsDisagree(),
            listRatings,
            note));
  }

  @Override
  public List<Component> components() {
    return ratings.components();
  }

  private static ListRating listRating(SourceRating r) {
    return new ListRating(
        r.snapshot().list(),
        r.snapshot().date(),
        r.site() + r.section().map(s -> "/" + s).orElse(""),
        r.category().id(),
        r.bias().map(Bias::id),
        r.factuality().map(Factuality::id),
        r.reason(),
        r.originalLabels());
  }

  @Override
  public String toString() {
    return "ListSourceLookup[" + ratings.lists().size() + " lists]";
  }
}
