package dev.veracity.article;

/** What a single line says about itself, before its neighbours are considered. */
enum LineLabel {
  /** Ordinary prose: body, quote or comment, decided later from its position. */
  TEXT,
  /** The headline. */
  TITLE,
  /** Page furniture on its own line. */
  BOILERPLATE,
  /** Furniture that heads a list of links ("Related posts", "Share this:"). */
  BLOCK_HEADER,
  /** A comment-section heading ("12 thoughts on …", "43 Comments", "Sort by Best"). */
  COMMENT_SECTION,
  /** Comment-form text ("Leave a Reply", "Your email address will not be published."). */
  COMMENT_FORM,
  /** A comment's author line ("John Smith says:", "Jane Doe • 3 hours ago"). */
  COMMENT_AUTHOR,
  /** A comment's action links ("Reply", "Log in to Reply", "Reply • Share ›"). */
  COMMENT_ACTION,
  /** A date or time alone on a line. */
  DATE,
  /** A line that introduces a quotation ("Sputnik news reports:"). */
  QUOTE_INTRO
}
