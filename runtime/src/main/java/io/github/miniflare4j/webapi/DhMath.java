package io.github.miniflare4j.webapi;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * The number theory behind {@code crypto}'s DiffieHellman, {@code checkPrime} and {@code
 * generatePrime}: modular powers, probable-prime tests and prime generation over big-endian
 * unsigned bytes, and OpenSSL's {@code DH_check} flags. Stateless.
 */
final class DhMath {

  /** DH_check's flags, as Node reports them in {@code verifyError}. */
  static final int P_NOT_PRIME = 0x01;
  static final int P_NOT_SAFE_PRIME = 0x02;
  static final int UNABLE_TO_CHECK_GENERATOR = 0x04;
  static final int NOT_SUITABLE_GENERATOR = 0x08;

  private static final SecureRandom RANDOM = new SecureRandom();
  /** Miller-Rabin rounds for DH_check (OpenSSL's BN_prime_checks_for_validation: error below 2^-128). */
  private static final int VALIDATION_CHECKS = 64;

  private DhMath() {}

  static BigInteger of(byte[] bytes) {
    return new BigInteger(1, bytes);
  }

  /** {@code base^exponent mod modulus} as minimal bytes. */
  static byte[] modPow(byte[] base, byte[] exponent, byte[] modulus) {
    return EcdhCurve.minimal(of(base).modPow(of(exponent), of(modulus)));
  }

  /**
   * Whether {@code candidate} is probably prime.
   *
   * @param checks Miller-Rabin rounds; 0 for OpenSSL's default (an error below 2^-80)
   */
  static boolean probablePrime(byte[] candidate, int checks) {
    BigInteger value = of(candidate);
    // BigInteger's certainty is in bits of error probability; a Miller-Rabin round gives two
    return value.isProbablePrime(checks <= 0 ? 80 : Math.max(2, checks * 2));
  }

  /** OpenSSL's DH_check flags for a prime and a generator. */
  static int check(byte[] prime, byte[] generator) {
    BigInteger p = of(prime);
    BigInteger g = of(generator);
    int flags = 0;
    if (g.compareTo(BigInteger.ONE) <= 0 || g.compareTo(p.subtract(BigInteger.ONE)) >= 0) {
      flags |= NOT_SUITABLE_GENERATOR;
    } else if (g.equals(BigInteger.TWO)) {
      if (p.mod(BigInteger.valueOf(24)).intValue() != 11) {
        flags |= NOT_SUITABLE_GENERATOR;
      }
    } else if (g.equals(BigInteger.valueOf(5))) {
      int residue = p.mod(BigInteger.TEN).intValue();
      if (residue != 3 && residue != 7) {
        flags |= NOT_SUITABLE_GENERATOR;
      }
    } else {
      flags |= UNABLE_TO_CHECK_GENERATOR;
    }
    if (!p.isProbablePrime(VALIDATION_CHECKS * 2)) {
      flags |= P_NOT_PRIME;
    } else if (!p.shiftRight(1).isProbablePrime(VALIDATION_CHECKS * 2)) {
      flags |= P_NOT_SAFE_PRIME;
    }
    return flags;
  }

  /**
   * A random prime of exactly {@code bits} bits (its top bit set).
   *
   * @param safe whether (p-1)/2 must be prime too
   * @param add with {@code rem}, the prime satisfies p mod add == rem; null for no condition
   *     (with {@code safe}, rem defaults to 3, else 1, as OpenSSL's BN_generate_prime_ex)
   * @param rem the remainder, or null
   * @return the prime's minimal bytes
   */
  static byte[] generatePrime(int bits, boolean safe, byte[] add, byte[] rem) {
    if (bits == 2) {
      return EcdhCurve.minimal(BigInteger.valueOf(RANDOM.nextBoolean() ? 2 : 3));
    }
    BigInteger modulus = add == null ? null : of(add);
    BigInteger remainder = rem == null ? (modulus == null ? null : BigInteger.valueOf(safe ? 3 : 1)) : of(rem);
    BigInteger low = BigInteger.ONE.shiftLeft(bits - 1);
    while (true) {
      BigInteger candidate = new BigInteger(bits, RANDOM).setBit(bits - 1);
      if (modulus != null) {
        candidate = candidate.subtract(candidate.mod(modulus)).add(remainder);
        if (candidate.compareTo(low) < 0 || candidate.bitLength() != bits) {
          continue;
        }
      } else {
        candidate = candidate.setBit(0);
      }
      if (safe && !candidate.testBit(1) && bits > 3) {
        continue;
      }
      if (!candidate.isProbablePrime(80)) {
        continue;
      }
      if (!safe || candidate.shiftRight(1).isProbablePrime(80)) {
        return EcdhCurve.minimal(candidate);
      }
    }
  }
}
