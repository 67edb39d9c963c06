package dev.veracity.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.veracity.comment.LinearSpamDetector;
import dev.veracity.train.data.LabeledSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpamTrainerTest {

  private static List<LabeledSentence> data() {
    List<LabeledSentence> d = new ArrayList<>();
    String[] spam = {
      "check out my channel http://a.co", "subscribe to my channel please",
      "free gift cards at www.win.com", "like this comment if you agree",
    };
    String[] ham = {
      "I love this song", "her voice is amazing here",
      "this reminds me of summer", "best music video ever made",
    };
    for (String video : List.of("v1", "v2", "v3")) {
      for (String s : spam) {
        d.add(new LabeledSentence(s + " " + video, 1, "test", video));
      }
      for (String h : ham) {
        d.add(new LabeledSentence(h + " " + video, 0, "test", video));
      }
    }
    return d;
  }

  @Test
  void macroF1AveragesTheSpamAndHamF1() {
    // Spam: tp 1, fp 1, fn 1 -> F1 0.5; ham: tp 1, fp 1, fn 1 -> F1 0.5.
    assertThat(SpamTrainer.macroF1(new double[] {0.9, 0.8, 0.1, 0.2}, new int[] {1, 0, 1, 0}))
        .isCloseTo(0.5, within(1e-12));
    assertThat(SpamTrainer.macroF1(new double[] {0.9, 0.1}, new int[] {1, 0})).isEqualTo(1.0);
  }

  @Test
  void theSameSeedGivesTheSameModel() {
    SpamTrainer trainer = new SpamTrainer(SpamTrainer.defaults(5));
    String a = LinearSpamDetector.MODEL_FORMAT.toJson(trainer.train(data(), Map.of()).model());
    String b = LinearSpamDetector.MODEL_FORMAT.toJson(trainer.train(data(), Map.of()).model());
    assertThat(a.replaceAll("\"created\" : \"[^\"]*\"", ""))
        .isEqualTo(b.replaceAll("\"created\" : \"[^\"]*\"", ""));
  }

  @Test
  void aTrainedModelSeparatesItsTrainingCommentsAndRecordsItsRecipe() throws Exception {
    SpamTrainer.Result r = new SpamTrainer(SpamTrainer.defaults(5)).train(data(), Map.of());
    LinearSpamDetector d = new LinearSpamDetector(r.model());
    assertThat(d.score("check out my channel http://a.co v1").spam()).isTrue();
    assertThat(d.score("I love this song v1").spam()).isFalse();
    assertThat(r.model().provenance()).containsEntry("seed", 5L);
    assertThat(r.outOfFold()).hasSize(24);
  }
}
