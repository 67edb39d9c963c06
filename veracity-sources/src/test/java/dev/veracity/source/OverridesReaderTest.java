package dev.veracity.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverridesReaderTest {

  private static final String HEADER = "domain,category,bias,reason,date,author\n";

  @TempDir Path dir;

  private SourceList read(String content) throws IOException {
    Files.writeString(dir.resolve("overrides.csv"), content);
    return new OverridesReader().read(dir);
  }

  @Test
  void rowBecomesARatingWithReasonDateAndAuthor() throws IOException {
    SourceList list =
        read(
            HEADER
                + "# a comment\nWWW.Example.com,State-Media,left,Owned by a ministry,2024-02-03,ana\n");

    SourceRating r = list.ratings().get(0);
    assertThat(r.siteKey()).isEqualTo("example.com");
    assertThat(r.category()).isEqualTo(SourceCategory.STATE_MEDIA);
    assertThat(r.bias()).contains(Bias.LEFT);
    assertThat(r.reason()).contains("Owned by a ministry");
    assertThat(r.ratedOn()).contains("2024-02-03");
    assertThat(r.author()).contains("ana");
    assertThat(r.location()).isEqualTo("overrides.csv:3");
    assertThat(list.snapshot().date()).isEqualTo("2024-02-03");
    assertThat(list.snapshot().version()).startsWith("sha256:").hasSize(19);
  }

  @Test
  void unknownCategoryIsAnErrorNamingTheLine() {
    assertThatThrownBy(() -> read(HEADER + "example.com,fake,,,,\n"))
        .isInstanceOf(InvalidSourceListException.class)
        .hasMessage(dir.resolve("overrides.csv") + ":2: unknown source category 'fake'");
  }

  @Test
  void badDateIsAnError() {
    assertThatThrownBy(() -> read(HEADER + "example.com,mixed,,,03/02/2024,\n"))
        .isInstanceOf(InvalidSourceListException.class)
        .hasMessage(dir.resolve("overrides.csv") + ":2: date must be YYYY-MM-DD, got '03/02/2024'");
  }

  @Test
  void ipAddressIsAnError() {
    assertThatThrownBy(() -> read(HEADER + "1.2.3.4,mixed,,,,\n"))
        .isInstanceOf(InvalidSourceListException.class)
        .hasMessage(dir.resolve("overrides.csv") + ":2: '1.2.3.4': not a domain: an IP address");
  }

  @Test
  void sameSiteTwiceIsAnError() {
    assertThatThrownBy(() -> read(HEADER + "example.com,mixed,,,,\nwww.example.com,reliable,,,,\n"))
        .isInstanceOf(InvalidSourceListException.class)
        .hasMessage(
            dir.resolve("overrides.csv")
                + ":3: example.com is already overridden at overrides.csv:2");
  }

  @Test
  void wrongHeaderIsAnError() {
    assertThatThrownBy(() -> read("domain,category\nexample.com,mixed\n"))
        .isInstanceOf(InvalidSourceListException.class)
        .hasMessage(
            dir.resolve("overrides.csv")
                + ":1: header must be domain,category,bias,reason,date,author, got domain,category");
  }
}
