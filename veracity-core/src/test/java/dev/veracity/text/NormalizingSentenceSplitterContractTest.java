package dev.veracity.text;

class NormalizingSentenceSplitterContractTest extends SentenceSplitterContract {

  @Override
  SentenceSplitter splitter() {
    return NormalizingSentenceSplitter.standard();
  }
}
