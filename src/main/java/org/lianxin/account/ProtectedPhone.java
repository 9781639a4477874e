package org.lianxin.account;

/**
 * A phone number as it is stored: encrypted, with what screens and searches may use
 * openly.
 *
 * @param cipherText the number, AES-GCM encrypted ({@code v1:} + base64 of nonce and
 * cipher text)
 * @param lookupHash a keyed hash of the normalised number, to find records by phone
 * without decrypting
 * @param lastFour the last four digits, which citizens type to open their case
 * @param masked what every screen shows, e.g. {@code 138****1234}
 */
public record ProtectedPhone(String cipherText, String lookupHash, String lastFour, String masked) {
}
