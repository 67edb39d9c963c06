package dev.veracity.embed.bge;

import dev.veracity.embed.SentenceEncoderContract;

class BgeSmallSentenceEncoderTest extends SentenceEncoderContract {

  private static final BgeSmallSentenceEncoder ENCODER = new BgeSmallSentenceEncoder();

  BgeSmallSentenceEncoderTest() {
    super(ENCODER, 0.1);
  }
}
