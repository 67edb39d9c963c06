package dev.veracity.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

  @Test
  void aSecretIsVkAnd43UrlSafeCharacters() {
    assertThat(ApiKeys.newSecret()).matches("vk_[A-Za-z0-9_-]{43}");
  }

  @Test
  void twoSecretsDiffer() {
    assertThat(ApiKeys.newSecret()).isNotEqualTo(ApiKeys.newSecret());
  }

  @Test
  void theHashIsTheHexSha256OfTheSecret() {
    assertThat(ApiKeys.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aNameWithASpaceIsRefused() {
    assertThatThrownBy(() -> ApiKeys.requireName("desk one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("got desk one");
  }

  @Test
  void aReviewerMayDoWhatAReaderMayButNotWhatAnAdminMay() {
    assertThat(Role.REVIEWER.includes(Role.READER)).isTrue();
    assertThat(Role.REVIEWER.includes(Role.ADMIN)).isFalse();
  }

  @Test
  void anAnonymousCallerHasNoRoleAndIsLimitedByAddress() {
    Caller caller = Caller.anonymous("10.0.0.7");

    assertThat(caller.has(Role.READER)).isFalse();
    assertThat(caller.bucket()).isEqualTo("ip:10.0.0.7");
  }
}
