package dev.veracity.text;

/** What the C1 range U+0080–U+009F means when text was Windows-1252 decoded as Latin-1. */
final class Cp1252 {

  // Index = c - 0x80; 0 where Windows-1252 leaves the byte undefined.
  private static final char[] C1 = {
    '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030',
    '\u0160', '\u2039', '\u0152', 0, '\u017D', 0, 0, '\u2018', '\u2019', '\u201C', '\u201D',
    '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E',
    '\u0178'
  };

  private Cp1252() {}

  /** The Windows-1252 character for C1 code {@code c}, or 0 if there is none. */
  static char fromC1(int c) {
    return c >= 0x80 && c <= 0x9F ? C1[c - 0x80] : 0;
  }
}
