package dev.veracity.bench;

/** Pads an article to a target size by repeating its middle, keeping its head and tail. */
final class Padding {

  private Padding() {}

  /**
   * Text of about {@code size} characters: the first half of {@code text}, its middle third
   * repeated, then its second half, so that the title stays first and the comments stay last.
   *
   * @param size target length; 0 or less returns {@code text} unchanged
   */
  static String toSize(String text, int size) {
    if (size <= text.length()) {
      return text;
    }
    int half = text.indexOf("\n\n", text.length() / 3);
    String head = text.substring(0, half);
    String middle = text.substring(text.length() / 3, 2 * text.length() / 3);
    int cut = middle.indexOf("\n\n");
    middle = middle.substring(Math.max(cut, 0)).trim();
    StringBuilder sb = new StringBuilder(size + text.length()).append(head);
    while (sb.length() + text.length() - half < size) {
      sb.append("\n\n").append(middle);
    }
    return sb.append(text, half, text.length()).toString();
  }
}
