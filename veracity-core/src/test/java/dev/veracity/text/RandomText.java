package dev.veracity.text;

import java.util.Random;

/** Seeded random strings full of what breaks text code: controls, marks, surrogates, entities. */
final class RandomText {

  private static final String[] PIECES = {
    "a",
    "Z",
    "word",
    "U.S.",
    "Dr.",
    "Jan.",
    "3.2",
    "1,000",
    "don't",
    "e\u0301",
    "\u0301",
    ".",
    "!",
    "?",
    "\u2026",
    "...",
    ",",
    "\"",
    "'",
    "\u2019",
    "\u201C",
    "\u201D",
    "\u2014",
    "-",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u00A0",
    "\u2009",
    "\u3000",
    "\u2028",
    "\u2029",
    "\u200B",
    "\u200D",
    "\uFEFF",
    "\u00AD",
    "\u200E",
    "\u0000",
    "\u0007",
    "\u001B",
    "\u007F",
    "\u0085",
    "\u0092",
    "\uD83D\uDE00",
    "\uD83D",
    "\uDE00",
    "\uD835\uDC00",
    "\u2764\uFE0F",
    "&amp;",
    "&#8217;",
    "&#x1F600;",
    "&#",
    "&",
    ";",
    "\u1100\u1161\u11A8",
    "\u212B",
    "\u0939\u093F\u0928\u094D\u0926\u0940",
    "\u4E2D\u6587",
    "\u0416\u0443\u043A",
    "\uFFFD",
    "\uFFFF",
    "\u0627\u0644"
  };

  private final Random random;

  RandomText(long seed) {
    this.random = new Random(seed);
  }

  /** A string of up to {@code maxPieces} pieces, each a random code unit or a known hard case. */
  String next(int maxPieces) {
    int pieces = random.nextInt(maxPieces + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(4) == 0) {
        sb.append((char) random.nextInt(0x10000));
      } else {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return sb.toString();
  }

  /** About {@code chars} characters of news-like text mixed with random pieces. */
  String large(int chars) {
    String paragraph =
        "Dr. Smith said on Jan. 5 that the U.S. economy grew 3.2% last year. Critics"
            + " disagreed! \u201CThe numbers are fake,\u201D one senator claimed\u2026 Was he"
            + " right?\n\n";
    StringBuilder sb = new StringBuilder(chars + 200);
    while (sb.length() < chars) {
      sb.append(paragraph);
      sb.append(next(8));
    }
    return sb.toString();
  }
}
