package dev.veracity.text;

/**
 * One small rewrite of text, such as decoding HTML entities or folding typographic quotes, that a
 * {@link TextNormalizer} chains with others.
 *
 * <p>A step reads {@code text} and reports each change to {@code edits}; characters it does not
 * report stay as they are. Implementations are stateless and thread-safe, must not keep a reference
 * to {@code text} after returning, and have a {@code toString()} that says what they do.
 */
public interface NormalizationStep {

  /** Reports the changes this step makes to {@code text}, in increasing order of position. */
  void apply(CharSequence text, TextEdits edits);
}
