package dev.veracity.html.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonLdBodyTest {

  private static final String FIRST =
      "The committee met on Monday to discuss the budget for the coming year, and agreed on most"
          + " of it. The chair said the talks had been constructive and friendly throughout.";
  private static final String SECOND =
      "A final vote is expected next week, after the members have consulted their regions and"
          + " the public.";

  private static Paragraph.Draft draft(String text) {
    return new Paragraph.Draft(ParagraphKind.PARAGRAPH, text, List.of());
  }

  @Test
  void aCompleteArticleBodyDropsDomParagraphsItDoesNotContain() {
    List<Paragraph.Draft> dom =
        List.of(draft(FIRST), draft("Sign up for our daily briefing today"), draft(SECOND));

    assertThat(JsonLdBody.reconcile(dom, Optional.of(FIRST + "\n" + SECOND)))
        .extracting(Paragraph.Draft::text)
        .containsExactly(FIRST, SECOND);
  }

  @Test
  void anArticleBodyTheDomMissedReplacesTheDomText() {
    List<Paragraph.Draft> dom = List.of(draft("Cookie settings and privacy choices"));

    assertThat(JsonLdBody.reconcile(dom, Optional.of(FIRST + "\n\n" + SECOND)))
        .extracting(Paragraph.Draft::text)
        .containsExactly(FIRST, SECOND);
  }

  @Test
  void aTruncatedArticleBodyLeavesTheDomTextAlone() {
    List<Paragraph.Draft> dom =
        List.of(draft(FIRST), draft(SECOND), draft(SECOND + " " + FIRST), draft(FIRST + SECOND));

    assertThat(JsonLdBody.reconcile(dom, Optional.of(FIRST + " " + SECOND.substring(0, 40))))
        .isEqualTo(dom);
  }

  @Test
  void aShortArticleBodyIsIgnored() {
    List<Paragraph.Draft> dom = List.of(draft("Short page text"));

    assertThat(JsonLdBody.reconcile(dom, Optional.of("A teaser."))).isEqualTo(dom);
  }
}
