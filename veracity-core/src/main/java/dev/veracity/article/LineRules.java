package dev.veracity.article;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line rules {@link LineRuleSegmenter} uses, one small class per kind of line.
 *
 * <p>Every pattern matches a whole trimmed line, case-insensitively, and knows typographic variants
 * (’ “ ” • … ›) as well as their ASCII forms.
 */
final class LineRules {

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String TIME =
      "(?:\\s*(?:,|at|@|-|\\|)?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
          + "(?:\\s*[a-z]{2,4})?)?";
  private static final String AGO =
      "(?:\\d{1,4}|an?|one)\\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\\s+ago";
  private static final String DATE =
      "(?:"
          + MONTH
          + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
          + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
          + MONTH
          + "\\.?,?\\s+\\d{4}"
          + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})"
          + TIME
          + "|"
          + AGO;

  private LineRules() {}

  /** The default chain, most specific first. */
  static List<LineRule> defaults() {
    return List.of(
        new CommentForm(),
        new CommentSection(),
        new CommentAuthor(),
        new CommentAction(),
        new DateLine(),
        new Advertisement(),
        new Badge(),
        new ShareHeader(),
        new ShareButton(),
        new RelatedHeader(),
        new ReadMore(),
        new Subscribe(),
        new FollowUs(),
        new PhotoCredit(),
        new AgencyCredit(),
        new Byline(),
        new Tags(),
        new Copyright(),
        new CookieNotice(),
        new Navigation(),
        new QuoteIntro());
  }

  /** Comment-form text: "Leave a Reply", "Your email address will not be published.", Akismet. */
  static final class CommentForm extends PatternLineRule {
    CommentForm() {
      super(
          "comment-form boilerplate",
          LineLabel.COMMENT_FORM,
          0.95,
          220,
          "leave post add cancel your required this save notify you comments submit join start load show powered comment name email e website what be",
          "leave a (?:reply|comment|response)(?:\\s+cancel reply)?|post a comment|add a comment"
              + "|cancel reply|your email address will not be published.*"
              + "|required fields are marked.*|this site uses akismet to reduce spam.*"
              + "|save my name,? email,? and website in this browser.*"
              + "|notify me of (?:follow-up comments|new posts|new comments|replies).*"
              + "|you must be (?:logged in|registered) to post a comment.*"
              + "|comments are closed\\.?|(?:post|submit) comment|(?:join|start) the discussion.*"
              + "|load more comments|show more (?:replies|comments)|powered by disqus"
              + "|add disqus to your site.*|comment\\s*\\*?|name\\s*\\*|e-?mail\\s*\\*|website"
              + "|what do you think\\??|be the first to comment\\.?");
    }
  }

  /** A comment-section heading: "12 thoughts on “…”", "43 Comments", "Sort by Best". */
  static final class CommentSection extends PatternLineRule {
    CommentSection() {
      super(
          "comment-section heading",
          LineLabel.COMMENT_SECTION,
          0.9,
          300,
          "# one two three no comments comment reader readers discussion responses sort showing view",
          "(?:\\d{1,6}|one|two|three|no)\\s+(?:thoughts?|comments?|responses?|replies|reactions?)"
              + "(?:\\s+(?:on|to)\\b.*)?"
              + "|(?:comments?|reader comments|readers[’']? comments)"
              + "\\s*(?:\\(\\d{1,6}\\))?\\s*:?"
              + "|sort by (?:best|newest|oldest|top|popular)|showing \\d{1,6} comments?"
              + "|view (?:all )?comments?");
    }
  }

  /**
   * A comment's author line: Disqus "Jane Doe • 3 hours ago", WordPress "John Smith says:" (when a
   * date follows or is included), "Reply from X". "X replied:" is left out: in a body it introduces
   * a quote.
   */
  static final class CommentAuthor implements LineRule {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    // Names exclude the separators, which keeps matching linear on hostile lines.
    private static final Pattern DISQUS =
        Pattern.compile(
            "([^•·|→➦]{1,60}?)\\s*(?:(→|➦|replied to)[^•·|]{1,60})?[•·|]\\s*"
                + AGO
                + "(?:\\s+edited)?",
            FLAGS);
    private static final Pattern SAYS_WITH_DATE =
        Pattern.compile("(.{1,60}?)\\s+on\\s+(?:" + DATE + ")\\s+(?:said|says|wrote)\\s*:?", FLAGS);
    private static final Pattern SAYS =
        Pattern.compile("(.{1,60}?)\\s+(?:says|said|wrote)\\s*:", FLAGS);
    private static final Pattern REPLY_FROM =
        Pattern.compile("(?:reply|response) from\\s+(.{1,60}?)\\s*:?", FLAGS);
    private static final int MAX_LENGTH = 160;
    private final DateLine dates = new DateLine();

    @Override
    public Optional<LineVerdict> classify(List<Line> lines, int index) {
      if (lines.get(index).length() > MAX_LENGTH) {
        return Optional.empty();
      }
      String text = lines.get(index).text();
      // Each pattern starts with a free-form name, so a cheap test on the line's end or start
      // decides whether it is worth running.
      boolean colon = text.endsWith(":");
      Matcher m = DISQUS.matcher(text);
      if ((PatternLineRule.endsWithIgnoreCase(text, "ago")
              || PatternLineRule.endsWithIgnoreCase(text, "edited"))
          && m.matches()) {
        return author(m.group(1), "comment header with a relative time", 0.9, m.group(2) != null);
      }
      m = SAYS_WITH_DATE.matcher(text);
      if (endsWithVerb(text) && m.matches()) {
        return author(m.group(1), "comment header with a date", 0.9, false);
      }
      m = SAYS.matcher(text);
      if (colon
          && m.matches()
          && index + 1 < lines.size()
          && dates.classify(lines, index + 1).isPresent()) {
        return author(m.group(1), "comment header followed by a date", 0.9, false);
      }
      boolean replyShaped =
          PatternLineRule.startsWithIgnoreCase(text, "reply from")
              || PatternLineRule.startsWithIgnoreCase(text, "response from");
      m = REPLY_FROM.matcher(text);
      if (replyShaped && m.matches()) {
        return author(m.group(1), "reply header", 0.85, true);
      }
      return Optional.empty();
    }

    private static boolean endsWithVerb(String text) {
      String t = text.endsWith(":") ? text.substring(0, text.length() - 1).stripTrailing() : text;
      return PatternLineRule.endsWithIgnoreCase(t, "said")
          || PatternLineRule.endsWithIgnoreCase(t, "says")
          || PatternLineRule.endsWithIgnoreCase(t, "wrote");
    }

    private static Optional<LineVerdict> author(
        String name, String what, double confidence, boolean reply) {
      String author = name.strip();
      return Optional.of(
          new LineVerdict(
              LineLabel.COMMENT_AUTHOR,
              what + " naming '" + author + "'",
              confidence,
              Optional.of(author),
              reply));
    }

    @Override
    public String toString() {
      return "comment author line (comment_author)";
    }
  }

  /** A comment's action links: "Reply", "Log in to Reply", "Reply • Share ›", "12 Likes". */
  static final class CommentAction extends PatternLineRule {
    CommentAction() {
      super(
          "comment action links",
          LineLabel.COMMENT_ACTION,
          0.85,
          40,
          "# • · | reply log login report flag like likes upvote downvote hide view permalink edit",
          "(?:\\d{1,5}\\s*)?(?:[•·|]\\s*)?(?:reply|log ?in to reply|reply\\s*[↓⬇]|report|flag"
              + "|like|likes?\\s*\\(\\d{1,5}\\)|\\d{1,5}\\s+likes?|upvote|downvote|hide replies"
              + "|view replies|\\d{1,5}\\s+repl(?:y|ies)|permalink|edit)"
              + "(?:\\s*[•·|]\\s*(?:reply|share|report|flag|edit)\\s*›?)*");
    }
  }

  /** A date or time alone on a line: "March 3, 2017 at 4:12 pm", "Updated: 2016-05-02". */
  static final class DateLine extends PatternLineRule {
    DateLine() {
      super(
          "date line",
          LineLabel.DATE,
          0.8,
          90,
          "posted published updated last date on # a an one mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december",
          "(?:(?:posted|published|updated|last updated|date)\\s*(?:on)?\\s*:?\\s*)?(?:on\\s+)?"
              + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:"
              + DATE
              + ")");
    }

    @Override
    boolean gate(String text) {
      return hasDigit(text) || endsWithIgnoreCase(text, "ago");
    }
  }

  /** Advertising markers: "Advertisement", "Sponsored content", "Story continues below". */
  static final class Advertisement extends PatternLineRule {
    Advertisement() {
      super(
          "advertising marker",
          LineLabel.BOILERPLATE,
          0.9,
          60,
          "advertisement advertisements advertising ad ads sponsored promoted paid story continue article scroll report adchoices [",
          "advertisements?|advertising|ads?|sponsored(?: content| post| links?| stories)?"
              + "|promoted(?: content| stories)?|paid (?:content|post|partner content)"
              + "|story continues below(?: advertisement)?|continue reading below"
              + "|article continues (?:below|after advertisement)|scroll to continue(?: with content)?"
              + "|report this ad|ad ?choices|\\[ad\\]");
    }
  }

  /** A badge or section label alone on a line: "Fact checked", "Breaking news", "Opinion". */
  static final class Badge extends PatternLineRule {
    Badge() {
      super(
          "badge",
          LineLabel.BOILERPLATE,
          0.85,
          30,
          "fact factchecked verified breaking exclusive opinion analysis video watch listen gallery photo photos print",
          "fact[- ]?checked|verified|breaking(?: news)?|exclusive|opinion|analysis|video|watch"
              + "|listen|gallery|photos?|print");
    }
  }

  /** The heading of a share box: "Share this:", "Like this:", "Share on Facebook". */
  static final class ShareHeader extends PatternLineRule {
    ShareHeader() {
      super(
          "share prompt",
          LineLabel.BLOCK_HEADER,
          0.9,
          100,
          "share like spread sharing please",
          "(?:share this(?: article| story| post| page)?|share (?:on|via) \\w+|like this"
              + "|spread the word|share with (?:your )?friends|sharing is caring"
              + "|please share(?: this)?.{0,60})\\s*[:!.]?");
    }
  }

  /** One share button: "Click to share on Twitter (Opens in new window)", "Facebook", "Tweet". */
  static final class ShareButton extends PatternLineRule {
    ShareButton() {
      super(
          "share button",
          LineLabel.BOILERPLATE,
          0.9,
          100,
          "click share tweet pin email e recommend facebook twitter x pinterest linkedin reddit whatsapp telegram tumblr pocket flipboard messenger skype digg vk like loading ( opens",
          "click to (?:share|email|print|tweet)\\b.{0,80}|(?:share|tweet|pin|e-?mail|recommend"
              + "|facebook|twitter|x|pinterest|linkedin|reddit|whatsapp|telegram|tumblr|pocket"
              + "|flipboard|messenger|skype|digg|vk|tweet this|pin it|like loading(?:\\.{3}|…)?"
              + "|loading(?:\\.{3}|…)|\\(?opens in new window\\)?)\\s*›?");
    }

    @Override
    boolean gate(String text) {
      return text.length() <= 30 || startsWithIgnoreCase(text, "click to");
    }
  }

  /** The heading of a link list: "Related", "Related posts", "You may also like". */
  static final class RelatedHeader extends PatternLineRule {
    RelatedHeader() {
      super(
          "related-links heading",
          LineLabel.BLOCK_HEADER,
          0.85,
          60,
          "related you recommended more trending popular most read up what editor editors latest",
          "(?:related(?: posts| articles| stories| news| content| reading| coverage| links)?"
              + "|you (?:may|might) also like|recommended(?: for you| stories| reading)?"
              + "|more (?:stories|news|from [^.]{1,40})|trending(?: now| stories)?"
              + "|popular(?: posts| stories| now)?|most (?:read|popular|viewed)|read next|up next"
              + "|what to read next|editor[’']?s picks?|latest(?: news| posts| stories)?)"
              + "\\s*[:›»]?");
    }
  }

  /** A link line: "Read more: …", "See also: …", "Continue reading »". */
  static final class ReadMore extends PatternLineRule {
    ReadMore() {
      super(
          "read-more link",
          LineLabel.BOILERPLATE,
          0.85,
          220,
          "read also see related watch listen source sources via more continue click",
          "(?:read more|read also|also read|see also|related|watch|listen|source|sources|via"
              + "|more)\\s*[:›»>|–—-]\\s*.{0,200}"
              + "|(?:read more|continue reading|read the rest(?: of this (?:entry|article|story))?"
              + "|click here to read more|read (?:the )?full (?:story|article)(?: here)?)"
              + "\\s*[.…»›>→]*");
    }
  }

  /** A subscription or newsletter prompt: "Click here to subscribe", "Enter your email". */
  static final class Subscribe extends PatternLineRule {
    Subscribe() {
      super(
          "subscription prompt",
          LineLabel.BOILERPLATE,
          0.85,
          250,
          "click subscribe sign enter get join our the newsletter newsletters never don support donate become we unsubscribe by signing subscribing",
          "click here to subscribe.*|subscribe(?: now| today| here)?[.!]?"
              + "|subscribe (?:to|for) .{1,80}|sign up (?:for|to) .{0,60}newsletters?.{0,80}"
              + "|sign up(?: now| today)?[.!]?|enter your e-?mail(?: address)?.{0,80}"
              + "|get (?:the|our) .{0,40}newsletter.{0,80}"
              + "|join (?:our|the) (?:mailing list|newsletter).{0,80}"
              + "|(?:our|the) .{0,40}newsletter\\s*:?|newsletters?\\s*:?"
              + "|never miss a (?:story|post|thing|beat).{0,80}|don[’']?t miss (?:a|out).{0,80}"
              + "|support (?:our|independent) journalism.{0,100}|donate(?: now| today)?[.!]?"
              + "|become a (?:member|patron|subscriber).{0,80}|we respect your privacy\\.?"
              + "|unsubscribe at any time\\.?|(?:by )?(?:signing up|subscribing),? you agree.{0,150}");
    }
  }

  /** A social-media prompt: "Follow us on Facebook", "Like us on Facebook". */
  static final class FollowUs extends PatternLineRule {
    FollowUs() {
      super(
          "social-media prompt",
          LineLabel.BOILERPLATE,
          0.85,
          140,
          "follow like join find connect subscribe",
          "(?:follow|like|join|find|connect with|subscribe to) (?:us|me) (?:on|at|via) .{1,80}"
              + "|follow @?\\w{1,40} on (?:twitter|facebook|instagram|x|telegram|youtube).{0,40}"
              + "|follow us\\s*:?");
    }
  }

  /** A photo credit: "Photo: Reuters", "(Getty Images)", "Image credit: NASA". */
  static final class PhotoCredit extends PatternLineRule {
    PhotoCredit() {
      super(
          "photo credit",
          LineLabel.BOILERPLATE,
          0.85,
          160,
          "( photo photos image images picture pictures pic pics video videos graphic graphics illustration illustrations featured top header main screenshot screenshots credit credits getty reuters ap afp shutterstock epa istock istockphoto wikimedia",
          "\\(?\\s*(?:photo|image|picture|pic|video|graphic|illustration|featured image"
              + "|top image|header image|main image|screenshot|credit)s?"
              + "(?:\\s*(?:credits?|by|courtesy(?: of)?|source|via))?\\s*[:/|©]\\s*.{1,100}?\\)?"
              + "|(?:image|photo|picture)s?\\s+(?:credits?|courtesy(?: of)?|source|by)\\s*[:-]?"
              + "\\s*.{1,80}"
              + "|\\(?(?:getty images|reuters|ap photo|afp|afp via getty images|shutterstock|epa"
              + "|istock(?:photo)?|wikimedia commons)(?:\\s*[/|]\\s*.{1,60})?\\)?");
    }
  }

  /** A credit ending in an agency name: "Jane Doe / Getty Images", "(Ahmed Ali | Reuters)". */
  static final class AgencyCredit extends PatternLineRule {
    AgencyCredit() {
      super(
          "agency photo credit",
          LineLabel.BOILERPLATE,
          0.85,
          120,
          "",
          "\\(?[^/|]{1,80}[/|]\\s*(?:getty images|reuters|ap|afp|shutterstock|epa)\\)?");
    }

    @Override
    boolean gate(String text) {
      return text.indexOf('/') >= 0 || text.indexOf('|') >= 0;
    }
  }

  /** A byline: "By Jane Doe", "Posted by admin on March 3, 2017", "Author: J. Smith". */
  static final class Byline implements LineRule {
    private static final int MAX_LENGTH = 140;
    private static final Set<String> FIRST_WORDS =
        Set.of(
            "by",
            "posted",
            "written",
            "published",
            "submitted",
            "reported",
            "story",
            "words",
            "author",
            "staff",
            "special");
    // Case-sensitive on purpose: "By Jane Doe" is a byline, "By the end of May" is prose.
    private static final Pattern BY_NAME =
        Pattern.compile(
            "[Bb][Yy]:?\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:and\\s+|&\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,4}"
                + "(?:\\s*[,|–—-]\\s*[^.!?]{0,60})?");
    private static final Pattern OTHER =
        Pattern.compile(
            // A byline never ends like a sentence: "Written by Shakespeare, the play…" is prose.
            "(?!.*[.!?]$)(?:(?:posted|written|published|submitted|reported|story|words)\\s+by"
                + "\\s+\\S.{0,100}|author\\s*:\\s*.{1,80}"
                + "|(?:staff|special) (?:writer|reporter|correspondent))",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Optional<LineVerdict> classify(List<Line> lines, int index) {
      Line line = lines.get(index);
      if (line.length() > MAX_LENGTH || !FIRST_WORDS.contains(line.firstWord())) {
        return Optional.empty();
      }
      String text = line.text();
      if (!(BY_NAME.matcher(text).matches() || OTHER.matcher(text).matches())) {
        return Optional.empty();
      }
      return Optional.of(
          LineVerdict.of(LineLabel.BOILERPLATE, "byline: " + PatternLineRule.quoted(text), 0.8));
    }

    @Override
    public String toString() {
      return "byline (boilerplate)";
    }
  }

  /** A tags or categories line: "Tags: Syria, Russia", "Filed under: World". */
  static final class Tags extends PatternLineRule {
    Tags() {
      super(
          "tags line",
          LineLabel.BOILERPLATE,
          0.85,
          400,
          "tags tag tagged filed categories category topics topic posted labels label keywords",
          "(?:tags?|tagged(?: with| as)?|filed under|categories|category|topics?|posted in"
              + "|labels?|keywords)\\s*[:|]\\s*.{0,300}"
              + "|(?:filed under|tagged(?: with)?|posted in)\\s+[^.!?]{1,300}|tags|filed under");
    }
  }

  /** A copyright notice: "© 2016 Example Media", "All rights reserved." */
  static final class Copyright extends PatternLineRule {
    Copyright() {
      super(
          "copyright notice",
          LineLabel.BOILERPLATE,
          0.9,
          250,
          "",
          "(?:©|\\(c\\)|copyright\\b).{0,200}|.{0,150}all rights reserved\\.?");
    }

    @Override
    boolean gate(String text) {
      char c = text.charAt(0);
      return c == '©'
          || c == '('
          || c == 'c'
          || c == 'C'
          || endsWithIgnoreCase(text, "reserved")
          || endsWithIgnoreCase(text, "reserved.");
    }
  }

  /** A cookie or consent notice: "We use cookies to improve your experience…". */
  static final class CookieNotice implements LineRule {
    private static final int MAX_LENGTH = 400;
    private static final List<String> CUES =
        List.of(
            "we use",
            "this site",
            "this website",
            "our site",
            "our website",
            "accept",
            "consent",
            "policy",
            "continue to use",
            "by using",
            "by continuing");

    @Override
    public Optional<LineVerdict> classify(List<Line> lines, int index) {
      if (lines.get(index).length() > MAX_LENGTH) {
        return Optional.empty();
      }
      String text = lines.get(index).text();
      if (!containsCookie(text)) {
        return Optional.empty();
      }
      String lower = text.toLowerCase(Locale.ROOT);
      for (String cue : CUES) {
        if (lower.contains(cue)) {
          return Optional.of(
              LineVerdict.of(
                  LineLabel.BOILERPLATE, "cookie notice: " + PatternLineRule.quoted(text), 0.85));
        }
      }
      return Optional.empty();
    }

    private static boolean containsCookie(String text) {
      for (int i = text.indexOf('o'); i >= 1; i = text.indexOf('o', i + 1)) {
        if (text.regionMatches(true, i - 1, "cookie", 0, 6)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return "cookie notice (boilerplate)";
    }
  }

  /** Site navigation and consent buttons: "Home", "Skip to content", "Next post", "Accept". */
  static final class Navigation extends PatternLineRule {
    Navigation() {
      super(
          "navigation",
          LineLabel.BOILERPLATE,
          0.7,
          220,
          "",
          "home|menu|search|skip to (?:main )?content|(?:previous|next)(?: article| post| story)?"
              + "|«\\s*previous.{0,80}|next.{0,80}»|back to top|top|print(?: this)?(?: article| page)?"
              + "|e-?mail(?: this)?(?: article| page)?|font size|close|log ?in|sign in|register"
              + "|my account|privacy policy|terms of (?:use|service)|contact us|about us"
              + "|accept(?: all)?(?: cookies)?|reject all|i agree|got it!?|ok"
              + "|manage (?:preferences|cookies|settings)|cookie settings|toggle navigation"
              + "|you are here\\s*:.{0,200}|home\\s*[›»>/|].{0,200}");
    }

    @Override
    boolean gate(String text) {
      return text.length() <= 40
          || startsWithIgnoreCase(text, "you are here")
          || startsWithIgnoreCase(text, "home");
    }
  }

  /**
   * A line that introduces a quotation: "Sputnik news reports:", "The Guardian wrote:", "According
   * to Reuters:".
   */
  static final class QuoteIntro implements LineRule {
    private static final int MAX_LENGTH = 200;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    // Up to four listed words may follow the verb ("told reporters on Monday:"); an open word list
    // would take "Number of states won:" for a source. Literal words keep matching linear.
    private static final Pattern SOURCE_VERB =
        Pattern.compile(
            "(?:as\\s+)?(.{2,80}?)\\s+(?:reports|reported|writes|wrote|says|said|notes|noted"
                + "|explains|explained|adds|added|states|stated|announced|continues|continued"
                + "|tweeted|posted|replied|told|put it|puts it)"
                + "(?:\\s+(?:that|in|on|at|to|a|an|the|his|her|their|its|this|last|week|today"
                + "|yesterday|earlier|recently|statement|report|interview|post|tweet|letter"
                + "|reporters|us|me|him|them|monday|tuesday|wednesday|thursday|friday|saturday"
                + "|sunday)){0,4}\\s*[:：]",
            FLAGS);
    private static final Pattern NOT_A_SOURCE =
        Pattern.compile("(?:here|there|this|that|what|which|who|it)\\b|.*\\bwhat\\b", FLAGS);
    private static final Pattern TRAILING_ADVERB =
        Pattern.compile(
            "\\s+(?:also|further|then|later|recently|previously|originally|once|has|have|had)$",
            FLAGS);
    private static final Pattern ACCORDING_TO =
        Pattern.compile("according to\\s+(.{2,80}?)\\s*,?\\s*[:：]", FLAGS);

    @Override
    public Optional<LineVerdict> classify(List<Line> lines, int index) {
      Line line = lines.get(index);
      char last = line.lastChar();
      if (line.length() > MAX_LENGTH || (last != ':' && last != '：')) {
        return Optional.empty();
      }
      String text = line.text();
      Matcher m = SOURCE_VERB.matcher(text);
      if (!m.matches()) {
        m = ACCORDING_TO.matcher(text);
        if (!m.matches()) {
          return Optional.empty();
        }
      }
      String source = cleanSource(m.group(1));
      // A source is a name, not a sentence or a question word ("Here's what was said:").
      if (source.isEmpty()
          || source.contains(". ")
          || source.contains("? ")
          || source.contains("! ")
          || NOT_A_SOURCE.matcher(source).lookingAt()) {
        return Optional.empty();
      }
      return Optional.of(
          new LineVerdict(
              LineLabel.QUOTE_INTRO,
              "introduces a quotation from '" + source + "'",
              0.8,
              Optional.of(source),
              false));
    }

    /**
     * The source named before the verb, without a leading clause ("In a second tweet, Trump" is
     * "Trump") or a trailing adverb ("The NY Post also" is "The NY Post").
     */
    private static String cleanSource(String raw) {
      String source = raw.strip();
      int comma = source.lastIndexOf(", ");
      if (comma >= 0) {
        source = source.substring(comma + 2);
      }
      Matcher adverb = TRAILING_ADVERB.matcher(source);
      return adverb.find() ? source.substring(0, adverb.start()).strip() : source;
    }

    @Override
    public String toString() {
      return "quotation introduction (quote_intro)";
    }
  }
}
