package dev.veracity.factcheck;

import dev.veracity.article.Segment;
import dev.veracity.claim.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Matches an article's headline and its check-worthy claims against known fact-checks. */
public final class ArticleFactChecks {

  private ArticleFactChecks() {}

  /**
   * The fact-check section for an article.
   *
   * @param matcher the matcher to ask
   * @param title the headline's segment, when the segmenter found one
   * @param externalTitle a headline known from outside the text, used when there is no segment
   * @param claims the article's claims, most check-worthy first; only check-worthy ones that are
   *     not the headline itself are matched
   * @param limit how many claims to match besides the headline, at least 0
   */
  public static FactCheckReport match(
      FactCheckMatcher matcher,
      Optional<Segment> title,
      Optional<String> externalTitle,
      List<Claim> claims,
      int limit) {
    Objects.requireNonNull(matcher, "matcher");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, got " + limit);
    }
    List<ClaimFactChecks> statements = new ArrayList<>();
    if (title.isPresent()) {
      Segment t = title.get();
      statements.add(
          new ClaimFactChecks(
              ClaimFactChecks.Role.HEADLINE,
              t.text(),
              t.start(),
              t.end(),
              matcher.match(t.text())));
    } else {
      externalTitle
          .filter(text -> !text.isBlank())
          .ifPresent(
              text ->
                  statements.add(
                      new ClaimFactChecks(
                          ClaimFactChecks.Role.HEADLINE, text, -1, -1, matcher.match(text))));
    }
    claims.stream()
        .filter(Claim::checkWorthy)
        .filter(c -> title.isEmpty() || !c.span().within(title.get().span()))
        .limit(limit)
        .forEach(
            c ->
                statements.add(
                    new ClaimFactChecks(
                        ClaimFactChecks.Role.CLAIM,
                        c.text(),
                        c.start(),
                        c.end(),
                        matcher.match(c.text()))));
    return FactCheckReport.loaded(matcher.describe(), statements);
  }
}
