package dev.veracity.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veracity.article.Article;
import org.junit.jupiter.api.Test;

class StyleReferenceBuilderTest {

  @Test
  void percentileInterpolatesLinearlyBetweenOrderStatistics() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

    assertThat(StyleReferenceBuilder.percentile(sorted, 0.10)).isEqualTo(2.0);
    assertThat(StyleReferenceBuilder.percentile(sorted, 0.50)).isEqualTo(6.0);
    assertThat(StyleReferenceBuilder.percentile(new double[] {0, 10}, 0.25)).isEqualTo(2.5);
  }

  @Test
  void percentileRejectsAProbabilityOutsideZeroToOne() {
    assertThatThrownBy(() -> StyleReferenceBuilder.percentile(new double[] {1}, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p must be in [0, 1], got 1.5");
  }

  @Test
  void rangesSpanTheTenthToNinetiethPercentileOfTheArticlesAdded() {
    StyleReferenceBuilder builder = new StyleReferenceBuilder();
    builder.add(Article.ofText("Title one\n\none two"));
    builder.add(Article.ofText("Title two\n\none two three four"));
    builder.add(Article.ofText("Title three\n\none two three four five six"));

    ReferenceRange words = builder.ranges().get("body_words");

    assertThat(builder.articles()).isEqualTo(3);
    assertThat(words).isEqualTo(new ReferenceRange(2.4, 4.0, 5.6, 3));
  }

  @Test
  void headlineCuesOnlyCountArticlesThatHaveATitle() {
    StyleReferenceBuilder builder = new StyleReferenceBuilder();
    builder.add(Article.ofText("Budget passes\n\nThe budget passes."));
    builder.add(Article.ofText("A single line is all body."));

    assertThat(builder.ranges().get("headline_body_overlap").documents()).isEqualTo(1);
    assertThat(builder.ranges().get("body_words").documents()).isEqualTo(2);
  }
}
