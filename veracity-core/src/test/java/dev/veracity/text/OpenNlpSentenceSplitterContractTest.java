package dev.veracity.text;

class OpenNlpSentenceSplitterContractTest extends SentenceSplitterContract {

  @Override
  SentenceSplitter splitter() {
    return new OpenNlpSentenceSplitter();
  }
}
