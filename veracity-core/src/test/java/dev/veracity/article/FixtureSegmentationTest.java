package dev.veracity.article;

import static dev.veracity.article.Segmentations.fixture;
import static dev.veracity.article.Segmentations.render;
import static dev.veracity.article.Segmentations.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Common page shapes written as small fixtures: WordPress, Disqus, quotes, no comments. */
class FixtureSegmentationTest {

  private final LineRuleSegmenter segmenter = new LineRuleSegmenter();

  private Segmentation segment(String fixture) {
    return segmenter.segment(Article.ofText(fixture(fixture)));
  }

  @Test
  void wordpressPageSeparatesShareBoxRelatedLinksTagsCommentsAndForm() {
    assertThat(render(segment("wordpress-comments.txt")))
        .containsExactly(
            "title|City Council Approves New Bike Lanes Dow",
            "boilerplate|Posted by admin on March 2, 2017",
            "body|The city council voted 7 to 2 on Wednesd",
            "body|The plan adds 14 miles of lanes separate",
            "body|Opponents, including several business ow",
            "boilerplate|Photo: Reuters",
            "boilerplate|Share this:",
            "boilerplate|Click to share on Twitter (Opens in new ",
            "boilerplate|Click to share on Facebook (Opens in new",
            "boilerplate|Like this:",
            "boilerplate|Like Loading...",
            "boilerplate|Related",
            "boilerplate|Council Delays Vote on Parking Rates",
            "boilerplate|Tags: bike lanes, city council, transpor",
            "boilerplate|12 thoughts on “City Council Approves Ne",
            "boilerplate|John Smith says:",
            "boilerplate|March 3, 2017 at 4:12 pm",
            "comment|Finally! I have been riding on Main Stre|by John Smith",
            "boilerplate|Reply",
            "boilerplate|Mary Jones says:",
            "boilerplate|March 3, 2017 at 5:40 pm",
            "comment|Agreed. My kids could ride to school if |by Mary Jones|depth 1",
            "boilerplate|Log in to Reply",
            "boilerplate|Tom Baker says:",
            "boilerplate|March 4, 2017 at 9:03 am",
            "comment|Two hundred parking spaces gone. Good lu|by Tom Baker",
            "boilerplate|Reply",
            "boilerplate|Leave a Reply Cancel reply",
            "boilerplate|Your email address will not be published",
            "boilerplate|Comment",
            "boilerplate|Name *",
            "boilerplate|Email *",
            "boilerplate|Website",
            "boilerplate|Save my name, email, and website in this",
            "boilerplate|Post Comment");
  }

  @Test
  void wordpressCommentSpansAllItsParagraphsUpToReply() {
    assertThat(texts(segment("wordpress-comments.txt"), SegmentKind.COMMENT).get(0))
        .isEqualTo(
            "Finally! I have been riding on Main Street for ten years and it is terrifying.\n\n"
                + "The curbs are the important part. Paint alone does nothing.");
  }

  @Test
  void relatedLinksUnderTheHeadingAreOneBoilerplateSegment() {
    assertThat(segment("wordpress-comments.txt").segments())
        .filteredOn(s -> s.text().startsWith("Council Delays"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kind()).isEqualTo(SegmentKind.BOILERPLATE);
              assertThat(s.text())
                  .isEqualTo(
                      "Council Delays Vote on Parking Rates\nMayor Unveils Transit Plan for 2018");
              assertThat(s.reason()).isEqualTo("link listed under 'Related'");
            });
  }

  @Test
  void disqusPageAttributesCommentsAndNestsReplies() {
    assertThat(render(segment("disqus-comments.txt")))
        .containsExactly(
            "boilerplate|Home » World » Europe",
            "title|Storm Leaves Thousands Without Power Acr",
            "boilerplate|By Jane Doe, Reuters",
            "boilerplate|(Getty Images)",
            "body|More than 120,000 homes in northern Fran",
            "body|Trees fell across railway lines between ",
            "boilerplate|Advertisement",
            "body|Enedis said 3,000 technicians were worki",
            "boilerplate|Read more: Storm Ciara batters Britain a",
            "boilerplate|Sign up for our newsletter",
            "boilerplate|Enter your email address to get the morn",
            "boilerplate|Follow us on Facebook",
            "boilerplate|43 Comments",
            "boilerplate|Sort by Best",
            "boilerplate|Join the discussion…",
            "boilerplate|Pierre Martin • 3 hours ago",
            "comment|We lost power at 2 am and it is still of|by Pierre Martin",
            "boilerplate|Reply • Share ›",
            "boilerplate|Anne Leroy → Pierre Martin • 2 hours ago",
            "comment|Same here in Boulogne. Try the app, it a|by Anne Leroy|depth 1",
            "boilerplate|Reply • Share ›",
            "boilerplate|Guest • a day ago",
            "comment|Every winter the same thing. Bury the li|by Guest",
            "boilerplate|Reply • Share ›",
            "boilerplate|Load more comments",
            "boilerplate|We use cookies to ensure that we give yo",
            "boilerplate|Accept");
  }

  @Test
  void disqusCommentTextExcludesItsHeaderAndActions() {
    assertThat(texts(segment("disqus-comments.txt"), SegmentKind.COMMENT))
        .containsExactly(
            "We lost power at 2 am and it is still off. The phone line for outages just plays"
                + " music.",
            "Same here in Boulogne. Try the app, it at least gives you an estimate.",
            "Every winter the same thing. Bury the lines.");
  }

  @Test
  void articleWithoutCommentsKeepsItsListAndLastShortParagraphsAsBody() {
    assertThat(render(segment("no-comments.txt")))
        .containsExactly(
            "title|Regional Hospital Cuts Waiting Times for",
            "boilerplate|Filed under: Health",
            "boilerplate|Image credit: Getty Images",
            "body|Patients at St. Mary's Regional Hospital",
            "body|The hospital credited three changes for ",
            "body|1. A second operating theatre dedicated ",
            "body|2. Pre-surgery assessments now take plac",
            "body|3. Patients can be referred directly by ",
            "boilerplate|Click here to subscribe",
            "body|The national average waiting time for th",
            "body|Dr. Alan Reid, who leads the orthopaedic",
            "body|A spokesman for the health ministry was ",
            "body|He declined to comment.",
            "boilerplate|Leave a Reply",
            "boilerplate|Your email address will not be published");
  }

  @Test
  void articleWithoutCommentsHasNoCommentSegments() {
    Segmentation segmentation = segment("no-comments.txt");
    assertThat(segmentation.of(SegmentKind.COMMENT)).isEmpty();
    assertThat(texts(segmentation, SegmentKind.BODY)).last().isEqualTo("He declined to comment.");
  }

  @Test
  void quotesAreBoundedByQuotationMarksIndentationOrTheEndOfTheBody() {
    assertThat(render(segment("quotes.txt")))
        .containsExactly(
            "title|Ministers Clash Over Fishing Quotas at B",
            "boilerplate|By Tom Hughes",
            "body|Fisheries ministers from 12 countries fa",
            "body|According to the Associated Press:",
            "quote|“Negotiators said the gap between the tw|by the Associated Press",
            "quote|“A final meeting has been scheduled for |by the Associated Press",
            "body|The Danish delegation left the talks ear",
            "body|The Guardian wrote:",
            "quote|Scientists have warned for three years r|by The Guardian",
            "quote|The advice this year was a cut of 20 per|by The Guardian",
            "body|Environmental groups said a smaller cut ",
            "quote|“We cannot keep borrowing fish from the |by Maria Lopez, Ocean Watch",
            "body|Fishing communities in Scotland and Brit",
            "body|Reuters reported:",
            "quote|Fishermen in Peterhead blocked the harbo|by Reuters",
            "quote|Police said the protest ended peacefully|by Reuters",
            "boilerplate|Tags: fishing, European Union, North Sea",
            "boilerplate|Related posts",
            "boilerplate|Cod Stocks at Record Low, Scientists War");
  }

  @Test
  void indentedBlockQuoteKeepsItsWrappedLinesInOneSegment() {
    assertThat(texts(segment("quotes.txt"), SegmentKind.QUOTE).get(2))
        .isEqualTo(
            "Scientists have warned for three years running that cod stocks are close to the"
                + " level\n    at which they can no longer recover.");
  }

  @Test
  void quotedParagraphIncludesItsDashAttributionLine() {
    assertThat(texts(segment("quotes.txt"), SegmentKind.QUOTE).get(4))
        .isEqualTo("“We cannot keep borrowing fish from the future.”\n— Maria Lopez, Ocean Watch");
  }
}
