package dev.veracity.verdict;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the verdict says about an article. */
public enum VerdictLabel {
  /** The fused probability of unreliable is at or below the band's lower edge. */
  RELIABLE,
  /** The fused probability of unreliable is at or above the band's upper edge. */
  UNRELIABLE,
  /** The fused probability lies inside the uncertain band: the evidence is too thin to say. */
  UNCERTAIN,
  /** The site is rated satire: humour, not news, and not to be read as fake news. */
  SATIRE,
  /** The text is unlike what the text model learned from, so no confident verdict is given. */
  OUT_OF_DOMAIN;

  /** The lower-case name used in JSON. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
