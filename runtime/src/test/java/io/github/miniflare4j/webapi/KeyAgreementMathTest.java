package io.github.miniflare4j.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The arithmetic behind createECDH, DiffieHellman and the prime functions, and the extra digests. */
class KeyAgreementMathTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void private_key_one_gives_the_generator_of_p256() {
    EcdhCurve curve = EcdhCurve.named("prime256v1");
    byte[] publicKey = curve.publicKey(new byte[] {1}, false);
    assertThat(HEX.formatHex(publicKey)).isEqualTo("04"
        + "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"
        + "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5");
  }

  @Test
  void both_sides_compute_the_same_secret_on_every_curve() {
    for (String name : new String[] {"secp224r1", "prime256v1", "secp384r1", "secp521r1"}) {
      EcdhCurve curve = EcdhCurve.named(name);
      byte[] a = curve.randomPrivateKey();
      byte[] b = curve.randomPrivateKey();
      byte[] secretA = curve.sharedSecret(a, curve.publicKey(b, true));
      byte[] secretB = curve.sharedSecret(b, curve.publicKey(a, false));
      assertThat(secretA).as(name).isEqualTo(secretB);
      // compressed points decode back (secp224r1 takes the Tonelli-Shanks square root)
      assertThat(curve.convert(curve.publicKey(a, true), false)).as(name).isEqualTo(curve.publicKey(a, false));
    }
  }

  @Test
  void points_off_the_curve_are_refused() {
    EcdhCurve curve = EcdhCurve.named("prime256v1");
    byte[] bogus = new byte[65];
    bogus[0] = 4;
    bogus[1] = 1;
    assertThat(curve.sharedSecret(new byte[] {5}, bogus)).isNull();
    assertThat(curve.convert(new byte[] {4, 1, 2}, true)).isNull();
    assertThat(curve.validPrivateKey(new byte[32])).isFalse();
    assertThat(EcdhCurve.named("secp256k1")).isNull();
  }

  @Test
  void dh_check_flags_follow_openssl() {
    // 23 is a safe prime, but 23 mod 24 is not 11: generator 2 is "not suitable"
    assertThat(DhMath.check(new byte[] {23}, new byte[] {2})).isEqualTo(DhMath.NOT_SUITABLE_GENERATOR);
    assertThat(DhMath.check(new byte[] {11}, new byte[] {2})).isZero();
    assertThat(DhMath.check(new byte[] {21}, new byte[] {3}))
        .isEqualTo(DhMath.UNABLE_TO_CHECK_GENERATOR | DhMath.P_NOT_PRIME);
    assertThat(DhMath.check(new byte[] {13}, new byte[] {5})).isEqualTo(DhMath.P_NOT_SAFE_PRIME);
  }

  @Test
  void generated_primes_meet_their_conditions() {
    BigInteger safe = new BigInteger(1, DhMath.generatePrime(64, true, new byte[] {24}, new byte[] {11}));
    assertThat(safe.bitLength()).isEqualTo(64);
    assertThat(safe.mod(BigInteger.valueOf(24)).intValue()).isEqualTo(11);
    assertThat(safe.shiftRight(1).isProbablePrime(50)).isTrue();
    assertThat(DhMath.probablePrime(DhMath.generatePrime(33, false, null, null), 0)).isTrue();
    assertThat(DhMath.probablePrime(new byte[] {1}, 0)).isFalse();
  }

  @Test
  void md4_and_md5_sha1_match_their_test_vectors() throws Exception {
    assertThat(HEX.formatHex(new Md4().digest(new byte[0]))).isEqualTo("31d6cfe0d16ae931b73c59d7e0c089c0");
    byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
    assertThat(HEX.formatHex(new Md4().digest(abc))).isEqualTo("a448017aaf21d8525fc10ae87aa6729d");
    byte[] long80 = "12345678901234567890123456789012345678901234567890123456789012345678901234567890".getBytes(StandardCharsets.US_ASCII);
    assertThat(HEX.formatHex(new Md4().digest(long80))).isEqualTo("e33b4ddc9c38f2199c3e7b164fcc0536");
    assertThat(HEX.formatHex(new Md5Sha1().digest(abc)))
        .isEqualTo("900150983cd24fb0d6963f7d28e17f72a9993e364706816aba3e25717850c26c9cd0d89d");
  }
}
