package dev.veracity.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile input: every string either parses to a consistent address or is refused as such. */
class SourceAddressRandomInputTest {

  private static final String ALPHABET =
      "aZ09.-_:/@[]?#% \u00fc\u0130\u200b\u3002\uff0e\ud83d\ude00";

  @Test
  void randomInputParsesConsistentlyOrIsNotADomain() {
    Random random = new Random(20261125L);
    int parsed = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(24);
      for (int j = 0; j < length; j++) {
        s.append(
            random.nextInt(4) == 0
                ? (char) random.nextInt(0x3000)
                : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      if (random.nextBoolean()) {
        s.append(random.nextBoolean() ? ".com" : ".co.uk/x");
      }
      try {
        SourceAddress a = SourceAddress.parse(s.toString());
        parsed++;
        assertThat(a.host()).isEqualTo(a.host().toLowerCase(Locale.ROOT));
        assertThat(a.host().chars().allMatch(c -> c < 128)).isTrue();
        assertThat(a.candidateHosts()).endsWith(a.registrableDomain());
      } catch (NotADomainException e) {
        assertThat(e.getMessage()).startsWith("not a domain: ");
      }
    }
    assertThat(parsed).isGreaterThan(100);
  }
}
