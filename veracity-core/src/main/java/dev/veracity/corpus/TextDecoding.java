package dev.veracity.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes corpus files that mix UTF-8 and Windows-1252, and normalises their line breaks. */
final class TextDecoding {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /** UTF-8 when the bytes are valid UTF-8, else Windows-1252; CRLF and CR become LF; no BOM. */
  static String decode(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      // Several corpora were saved from Windows tools; a strict UTF-8 failure means cp1252.
      text = new String(bytes, WINDOWS_1252);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
