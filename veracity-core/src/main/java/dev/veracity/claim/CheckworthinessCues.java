package dev.veracity.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The standard cue detectors for check-worthiness, chosen to generalise beyond debates.
 *
 * <p>Cues for: numbers, percentages, money, quantities, dates and years, comparisons and trends,
 * named people/places/groups, roles and titles, organisations, past-tense factual verbs,
 * attribution; and against: opinion markers, questions, predictions and first-person feelings.
 */
public final class CheckworthinessCues {

  // ASCII case folding: the patterns are ASCII words, and Unicode case folding made every
  // case-insensitive comparison several times slower on the hot path of every check.
  private static final int CI = Pattern.CASE_INSENSITIVE;

  private static final String MONTHS =
      "January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";

  private CheckworthinessCues() {}

  /** The standard detectors, in a fixed order (the order of the model's dense features). */
  public static List<CueDetector> standard() {
    List<CueDetector> d = new ArrayList<>();
    d.add(
        new DigitGatedCueDetector(
            new PatternCueDetector(
                "number",
                "contains a number",
                Pattern.compile(
                    "(?<![\\w.,])(?!(?:1[6-9]|20)\\d\\d(?!\\d|[.,]\\d|%))\\d+(?:[.,]\\d+)*(?!\\w)"),
                Set.of())));
    d.add(
        new DigitGatedCueDetector(
            new PatternCueDetector(
                "percent",
                "contains a percentage",
                Pattern.compile("\\d+(?:[.,]\\d+)?\\s?(?:%|percent\\b|per cent\\b)", CI),
                Set.of())));
    d.add(
        new DigitGatedCueDetector(
            new PatternCueDetector(
                "money",
                "mentions an amount of money",
                Pattern.compile(
                    "[$£€¥]\\s?\\d[\\d,.]*(?:\\s?(?:million|billion|trillion|bn|m)\\b)?"
                        + "|\\b\\d[\\d,.]*\\s?(?:million |billion |trillion )?"
                        + "(?:dollars|euros|pounds|cents|yuan|rubles|roubles)\\b",
                    CI),
                Set.of())));
    d.add(
        new PatternCueDetector(
            "quantity",
            "states a quantity",
            Pattern.compile(
                "\\b(?:hundreds|thousands|millions|billions|trillions|dozens|hundred|thousand"
                    + "|million|billion|trillion|half|twice|triple|a third|a quarter|majority"
                    + "|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
                    + "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
                    + "|\\d+(?:[.,]\\d+)?\\s?(?:km|miles|kilometres|kilometers|tons|tonnes|kg"
                    + "|people|jobs|years|members|countries|deaths|cases|votes|troops|times))\\b",
                CI),
            Set.of()));
    d.add(
        new PatternCueDetector(
            "date",
            "contains a date",
            Pattern.compile(
                "\\b(?:1[6-9]|20)\\d\\d(?:s)?\\b(?![.,]\\d)|\\b(?:"
                    + MONTHS
                    + ")(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?=\\W|$)"
                    + "|\\b(?:last|next|this|past) (?:year|month|week|decade|century|quarter)\\b"
                    + "|\\b(?:yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                    + "|Sunday))\\b"),
            Set.of()));
    d.add(
        new PatternCueDetector(
            "comparison",
            "makes a comparison or states a change",
            Pattern.compile(
                "\\b(?:more|less|fewer|greater|higher|lower|bigger|smaller|larger|better|worse"
                    + "|faster|slower|cheaper) than\\b"
                    + "|\\b(?:increas|decreas|doubl|tripl|quadrupl|reduc|declin|grow|grew|rose"
                    + "|risen|fell|fallen|drop|cut|rais|soar|surg|plung|slash)\\w*\\b"
                    + "|\\b(?:most|least|record|only|first|last)\\b"
                    + "|\\b\\p{L}{2,}est\\b",
                CI),
            Set.of(
                "interest",
                "interests",
                "protest",
                "honest",
                "suggest",
                "request",
                "forest",
                "modest",
                "harvest",
                "manifest",
                "contest",
                "arrest",
                "invest",
                "digest",
                "attest",
                "guest",
                "west",
                "rest",
                "test",
                "nest",
                "pest",
                "chest",
                "quest",
                "unrest",
                "conquest",
                "earnest",
                "priest",
                "midwest",
                "southwest",
                "northwest",
                "infest",
                "detest",
                "budapest",
                "bucharest",
                "everest",
                "dishonest",
                "lest",
                "zest",
                "vest",
                "crest",
                "jest",
                "behest",
                "bequest",
                "inquest",
                "pretest",
                "wrest")));
    d.add(
        new PatternCueDetector(
            "role",
            "names a role or title",
            Pattern.compile(
                "\\b(?:president|vice president|senator|governor|congressman|congresswoman"
                    + "|secretary|minister|prime minister|envoy|ambassador|chancellor|mayor"
                    + "|general|admiral|ceo|chairman|chairwoman|spokesman|spokeswoman|spokesperson"
                    + "|speaker|judge|justice|king|queen|prince|pope|official|officials|diplomat"
                    + "|commander|director|administrator|attorney general|sheriff|lawmakers?"
                    + "|representative|candidate|prosecutor|scientists?|researchers?|experts?)\\b",
                CI),
            Set.of()));
    d.add(
        new PatternCueDetector(
            "organisation",
            "names an organisation",
            Pattern.compile(
                "\\b(?:(?!(?:The|A|An|This|That|Our|Their|His|Her)\\b)\\p{Lu}[\\p{L}&.-]*\\s+)*"
                    + "(?:Department|Ministry|Agency|Committee|Council"
                    + "|Commission|Organi[sz]ation|Association|University|Institute|Bureau|Party"
                    + "|Congress|Senate|Parliament|Court|Bank|Corporation|Inc\\.?|Ltd\\.?"
                    + "|Foundation|Army|Navy|Administration|Union|Coalition|Alliance|Pentagon"
                    + "|Kremlin|Fed|Reserve|Times|Post|Network|Group|Company|Service|Office)\\b"
                    + "(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)*)?"
                    + "|\\b(?:NATO|UN|EU|FBI|CIA|WHO|IMF|ISIS|ISIL|Daesh|NASA|CDC|EPA|IRS|NHS"
                    + "|OPEC|UNESCO|UNICEF|GOP|DOJ|FDA|NSA|BBC|CNN|AP|Reuters)\\b"),
            Set.of()));
    d.add(new NameCueDetector());
    d.add(
        new PatternCueDetector(
            "past_tense",
            "reports a past event",
            Pattern.compile(
                "\\b(?:was|were|had|did|made|went|took|gave|got|came|became|began|won|lost|left"
                    + "|sent|spent|built|paid|led|met|kept|brought|bought|sold|passed|signed"
                    + "|voted|created|killed|died|happened|launched|started|ended|joined"
                    + "|\\p{L}{3,}ed)\\b",
                CI),
            Set.of(
                "need",
                "indeed",
                "speed",
                "seed",
                "feed",
                "hundred",
                "united",
                "based",
                "concerned",
                "interested",
                "supposed",
                "used",
                "red",
                "bed",
                "shed",
                "proceed",
                "succeed",
                "exceed",
                "breed",
                "greed",
                "weed",
                "deed",
                "embed",
                "tired",
                "talented",
                "detailed",
                "qualified",
                "advanced",
                "limited",
                "related",
                "ashamed",
                "scared",
                "worried",
                "excited",
                "involved",
                "committed",
                "dedicated",
                "prepared",
                "pleased",
                "blessed",
                "biased",
                "naked",
                "wicked",
                "sacred",
                "ragged")));
    d.add(
        new PatternCueDetector(
            "attribution",
            "attributes a statement",
            Pattern.compile(
                "\\b(?:said|says|told|according to|reported|reports|reportedly|announced"
                    + "|stated|claimed|claims|confirmed|testified|wrote|tweeted|revealed"
                    + "|estimated|estimates|found that|shows|showed|study|survey|poll|data"
                    + "|statistics|figures)\\b",
                CI),
            Set.of()));
    d.add(
        new PatternCueDetector(
            "opinion",
            "voices an opinion (counts against)",
            Pattern.compile(
                "\\b(?:I think|I believe|we believe|I guess|I suppose|in my (?:opinion|view)"
                    + "|should|ought to|must|need to|it's time|I hope|we hope|I wish"
                    + "|frankly|honestly|obviously|terrible|wonderful|great|disgrace|shame"
                    + "|ridiculous)\\b",
                CI),
            Set.of()));
    d.add(
        new PatternCueDetector(
            "question", "asks a question (counts against)", Pattern.compile("\\?"), Set.of()));
    d.add(
        new PatternCueDetector(
            "prediction",
            "predicts or promises (counts against)",
            Pattern.compile(
                "\\b(?:will|won't|going to|gonna|plan to|plans to|intend to|promise|would"
                    + "|is expected to|are expected to|forecast)\\b",
                CI),
            Set.of()));
    d.add(
        new PatternCueDetector(
            "feeling",
            "expresses a feeling or courtesy (counts against)",
            Pattern.compile(
                "\\b(?:I|we) (?:really )?(?:feel|love|hate|like|want|hope|enjoy|appreciate"
                    + "|am (?:happy|proud|glad|sorry|excited|honou?red|thrilled|grateful|delighted)"
                    + "|are (?:happy|proud|glad|sorry|excited|honou?red|thrilled|grateful))\\b"
                    + "|\\bthank you\\b|\\bthanks\\b|\\bcongratulations\\b",
                CI),
            Set.of()));
    return List.copyOf(d);
  }
}
