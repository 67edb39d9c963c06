package dev.veracity.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceAddressTest {

  private static SourceAddress parse(String input) throws NotADomainException {
    return SourceAddress.parse(input);
  }

  @Test
  void urlWithWwwAndPathReducesToTheRegistrableDomain() throws NotADomainException {
    SourceAddress a = parse("https://www.yournewswire.com/x");

    assertThat(a.registrableDomain()).isEqualTo("yournewswire.com");
    assertThat(a.host()).isEqualTo("www.yournewswire.com");
    assertThat(a.siteHost()).isEqualTo("yournewswire.com");
    assertThat(a.section()).contains("/x");
  }

  @Test
  void mobileSubdomainHasTheSameRegistrableDomain() throws NotADomainException {
    assertThat(parse("m.yournewswire.com").registrableDomain()).isEqualTo("yournewswire.com");
  }

  @Test
  void mixedCaseAndTrailingDotAreNormalised() throws NotADomainException {
    SourceAddress a = parse("YourNewsWire.com.");

    assertThat(a.host()).isEqualTo("yournewswire.com");
    assertThat(a.registrableDomain()).isEqualTo("yournewswire.com");
  }

  @Test
  void portIsDropped() throws NotADomainException {
    assertThat(parse("yournewswire.com:443").host()).isEqualTo("yournewswire.com");
  }

  @Test
  void userInfoQueryAndFragmentAreDropped() throws NotADomainException {
    SourceAddress a = parse("http://user:pw@News.Example.org:8080/Politics/?q=1#top");

    assertThat(a.host()).isEqualTo("news.example.org");
    assertThat(a.section()).contains("/politics");
  }

  @Test
  void rootPathIsTheWholeSite() throws NotADomainException {
    assertThat(parse("https://example.org/").section()).isEmpty();
  }

  @Test
  void unicodeHostBecomesPunycode() throws NotADomainException {
    SourceAddress a = parse("https://www.Bücher.de/buch");

    assertThat(a.host()).isEqualTo("www.xn--bcher-kva.de");
    assertThat(a.registrableDomain()).isEqualTo("xn--bcher-kva.de");
  }

  @Test
  void punycodeHostStaysAsGiven() throws NotADomainException {
    assertThat(parse("xn--bcher-kva.de").registrableDomain()).isEqualTo("xn--bcher-kva.de");
  }

  @Test
  void multiLabelPublicSuffixKeepsOneMoreLabel() throws NotADomainException {
    SourceAddress a = parse("news.example.co.uk");

    assertThat(a.registrableDomain()).isEqualTo("example.co.uk");
    assertThat(a.candidateHosts()).isEqualTo(List.of("news.example.co.uk", "example.co.uk"));
  }

  @Test
  void lookalikeOnComCoIsItsOwnSite() throws NotADomainException {
    assertThat(parse("abcnews.com.co").registrableDomain()).isEqualTo("abcnews.com.co");
  }

  @Test
  void blogOnAPrivateSuffixIsItsOwnSite() throws NotADomainException {
    assertThat(parse("SJLendman.Blogspot.com").registrableDomain())
        .isEqualTo("sjlendman.blogspot.com");
  }

  @Test
  void candidateHostsWalkUpFromTheSiteHost() throws NotADomainException {
    assertThat(parse("www.a.b.example.com").candidateHosts())
        .isEqualTo(List.of("a.b.example.com", "b.example.com", "example.com"));
  }

  @Test
  void wwwIsKeptWhenItIsTheRegistrableDomain() throws NotADomainException {
    assertThat(parse("www.com").siteHost()).isEqualTo("www.com");
  }

  @Test
  void ipv4AddressIsNotADomain() {
    assertThatThrownBy(() -> parse("http://82.221.129.208/page"))
        .isInstanceOf(NotADomainException.class)
        .hasMessage("not a domain: an IP address");
  }

  @Test
  void ipv6AddressIsNotADomain() {
    assertThatThrownBy(() -> parse("http://[::1]:8080/"))
        .isInstanceOf(NotADomainException.class)
        .hasMessage("not a domain: an IP address");
  }

  @Test
  void barePublicSuffixIsNotADomain() {
    assertThatThrownBy(() -> parse("co.uk"))
        .isInstanceOf(NotADomainException.class)
        .hasMessage("not a domain: 'co.uk' is a public suffix, not a site");
  }

  @Test
  void singleLabelHostIsNotADomain() {
    assertThatThrownBy(() -> parse("localhost"))
        .isInstanceOf(NotADomainException.class)
        .hasMessage("not a domain: 'localhost' is under no known public suffix");
  }

  @Test
  void hostWithSpaceIsNotADomain() {
    assertThatThrownBy(() -> parse("silver coin.com"))
        .isInstanceOf(NotADomainException.class)
        .hasMessage("not a domain: 'silver coin.com' is not a host name");
  }

  @Test
  void emptyInputIsNotADomain() {
    assertThatThrownBy(() -> parse("  "))
        .isInstanceOf(NotADomainException.class)
        .hasMessage("not a domain: empty");
  }

  @Test
  void siteKeyJoinsHostAndSection() throws NotADomainException {
    assertThat(parse("https://www.newyorker.com/humor/").siteKey())
        .isEqualTo("newyorker.com/humor");
    assertThat(parse("https://www.newyorker.com/humor/").section())
        .isEqualTo(Optional.of("/humor"));
  }
}
