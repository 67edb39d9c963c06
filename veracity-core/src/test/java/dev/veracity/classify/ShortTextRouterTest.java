package dev.veracity.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortTextRouterTest {

  @Test
  void aPoliticalStatementGoesToTheStatementsModel() throws Exception {
    assertThat(
            ShortTextRouter.defaults()
                .route("Says the governor cut education spending by $1 billion in his first term."))
        .isEqualTo(ModelKind.STATEMENTS);
  }

  @Test
  void aCovidPostGoesToThePostsModel() throws Exception {
    assertThat(
            ShortTextRouter.defaults()
                .route(
                    "#COVID19 update: 1,234 new cases and 12 deaths reported today."
                        + " https://t.co/abc123"))
        .isEqualTo(ModelKind.POSTS);
  }

  @Test
  void aLongTextGoesToTheArticlesModelWithoutAskingTheRouter() throws Exception {
    String sentence = "The council met on Tuesday to discuss the new budget for the schools. ";

    assertThat(ModelKind.forText(sentence.repeat(8), ShortTextRouter.defaults()))
        .isEqualTo(ModelKind.ARTICLES);
  }
}
