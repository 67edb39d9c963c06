package dev.veracity.comment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veracity.claim.Cue;
import dev.veracity.claim.CueDetector;
import dev.veracity.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpamCuesTest {

  private static List<Cue> cues(String comment) {
    List<Cue> out = new ArrayList<>();
    for (CueDetector d : SpamCues.standard()) {
      out.addAll(d.detect(comment));
    }
    return out;
  }

  private static List<String> ids(String comment) {
    return cues(comment).stream().map(Cue::id).toList();
  }

  @Test
  void aChannelPlugWithALinkGivesLinkAndSelfPromotionCuesWithSpans() {
    assertThat(cues("Check out my channel http://x.co"))
        .containsExactly(
            new Cue("link", "contains a link: http://x.co", Optional.of(new Span(21, 32))),
            new Cue(
                "self_promotion",
                "promotes the writer's own channel or video: Check out my channel",
                Optional.of(new Span(0, 20))));
  }

  @Test
  void anOrdinaryCommentHasNoCues() {
    assertThat(cues("I love this song")).isEmpty();
  }

  @Test
  void aBareDomainIsALink() {
    assertThat(ids("She loves Vena. trojmiasto.pl/Vena-Bus.html and bit.ly/abc"))
        .containsExactly("link");
  }

  @Test
  void subscribeAndMyVideoArePromotion() {
    assertThat(ids("please subscribe to see my video")).containsOnly("self_promotion");
  }

  @Test
  void likeThisCommentIfIsEngagementBait() {
    assertThat(ids("Like this comment if you are watching in 2015"))
        .containsExactly("engagement_bait");
  }

  @Test
  void moneyAndGiveawaysArePromotion() {
    assertThat(cues("win $500 in our giveaway today"))
        .extracting(Cue::description)
        .containsExactly(
            "mentions money, free offers or giveaways: win",
            "mentions money, free offers or giveaways: $500",
            "mentions money, free offers or giveaways: giveaway");
  }

  @Test
  void repeatedCharactersAndWordsAreRepetition() {
    assertThat(cues("so cool!!!! go go go now"))
        .extracting(Cue::description)
        .containsExactly(
            "repeats characters or words: !!!!", "repeats characters or words: go go go");
  }

  @Test
  void mostlyCapitalsIsShoutingWithTheShare() {
    assertThat(cues("THIS IS THE BEST SONG EVER to me"))
        .containsExactly(
            new Cue(
                "caps",
                "is written mostly in capitals: 84% of letters",
                Optional.of(new Span(0, 26))));
  }

  @Test
  void aRunOfSymbolsIsFlagged() {
    assertThat(ids("great tune for a summer day ★★★ ♥♥")).containsExactly("symbols");
  }

  @Test
  void aOneWordCommentIsVeryShort() {
    assertThat(cues("  nice  "))
        .containsExactly(new Cue("short", "is very short: 1 word", Optional.of(new Span(2, 6))));
  }
}
