package dev.veracity.comment;

import dev.veracity.claim.CueDetector;
import dev.veracity.claim.PatternCueDetector;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The standard cue detectors for comment spam.
 *
 * <p>Cues for: links, self-promotion ("check out my channel", "subscribe", "my video"), requests
 * for likes and shares ("like this comment if..."), money, free offers and giveaways, repeated
 * characters or words, a high share of capital letters, runs of emoji or symbols, and very short
 * comments.
 */
public final class SpamCues {

  // ASCII case folding: the patterns are ASCII words, and Unicode case folding made every
  // case-insensitive comparison several times slower on the hot path of every check.
  private static final int CI = Pattern.CASE_INSENSITIVE;

  private SpamCues() {}

  /** The standard detectors, in a fixed order (the order of the model's dense features). */
  public static List<CueDetector> standard() {
    return List.of(
        new PatternCueDetector(
            "link",
            "contains a link",
            Pattern.compile(
                "\\bhttps?://\\S+|\\bwww\\.\\S+"
                    + "|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|net|org|info|biz|ly|co|be|gl|tk|me|tv"
                    + "|us|uk|de|ru|io|to)(?:/\\S*)?(?![\\w.])",
                CI),
            Set.of()),
        new PatternCueDetector(
            "self_promotion",
            "promotes the writer's own channel or video",
            Pattern.compile(
                "\\bcheck\\s+(?:out\\s+)?(?:my|our|this)\\s+(?:new\\s+)?(?:channel|videos?|page"
                    + "|music|songs?|covers?|site|website|blog|playlist)\\b"
                    + "|\\bsubscrib\\w*|\\bsub\\s+(?:to\\s+)?(?:me|my)\\b"
                    + "|\\bmy\\s+(?:new\\s+)?(?:channel|videos?|youtube|page|music|songs?|covers?"
                    + "|site|website|blog|playlist)\\b"
                    + "|\\bmy\\s+(?:new\\s+)?(?:track|mixtape|album|band|game|app|rap|profile)\\b"
                    + "|\\b(?:visit|follow|add)\\s+(?:me|my)\\b"
                    + "|\\b(?:see|hear|listen to|look up|search)\\s+(?:my|for)\\b|\\bmi canal\\b"
                    + "|\\bplease\\s+(?:check|visit|watch|like|share|help)\\b",
                CI),
            Set.of()),
        new PatternCueDetector(
            "engagement_bait",
            "asks for likes, thumbs up or shares",
            Pattern.compile(
                "\\b(?:like|thumbs?\\s*up|share|rate)\\b[^.!?\\n]{0,40}?"
                    + "\\b(?:if|this comment|this video|my comment)\\b"
                    + "|\\bgive\\s+(?:it|this|me)\\s+a\\s+(?:like|thumbs?\\s*up)\\b"
                    + "|\\bshare\\s+(?:this|it)\\b",
                CI),
            Set.of()),
        new PatternCueDetector(
            "promotion",
            "mentions money, free offers or giveaways",
            Pattern.compile(
                "[$£€]\\s?\\d[\\d,.]*"
                    + "|\\b(?:free|money|cash|giveaway|give\\s?away|prizes?|win|winners?|earn\\w*"
                    + "|paypal|gift\\s?cards?|offers?|discount|promo\\w*|click|sign\\s?up|bitcoin"
                    + "|income|dollars?|profit|rich|deal|coupon|cheap)\\b",
                CI),
            Set.of()),
        new PatternCueDetector(
            "repetition",
            "repeats characters or words",
            Pattern.compile("(\\S)\\1{3,}|\\b(\\p{L}+)(?:\\W+\\2\\b){2,}", CI),
            Set.of()),
        new CapsShareCueDetector(0.5, 8),
        new PatternCueDetector(
            "symbols",
            "has a run of emoji or symbols",
            Pattern.compile("(?:[\\p{So}\\p{Sk}\\p{Sm}\\p{Co}][\\uFE0F\\u200D]?\\s?){3,}"),
            Set.of()),
        new ShortCommentCueDetector(3));
  }
}
