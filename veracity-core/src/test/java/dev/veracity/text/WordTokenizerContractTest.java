package dev.veracity.text;

class WordTokenizerContractTest extends TokenizerContract {

  @Override
  Tokenizer tokenizer() {
    return new WordTokenizer();
  }
}
