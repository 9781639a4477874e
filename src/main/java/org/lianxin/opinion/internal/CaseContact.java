package org.lianxin.opinion.internal;

import org.lianxin.account.ProtectedPhone;

/**
 * How to reach the citizen back; the phone only as {@link ProtectedPhone} keeps it.
 */
public record CaseContact(String citizenName, String phoneCipher, String phoneHash, String phoneLast4,
		String phoneMasked, String email, boolean publishConsent) {

	public static CaseContact of(String citizenName, ProtectedPhone phone, String email, boolean publishConsent) {
		return (phone != null)
				? new CaseContact(citizenName, phone.cipherText(), phone.lookupHash(), phone.lastFour(), phone.masked(),
						email, publishConsent)
				: new CaseContact(citizenName, null, null, null, null, email, publishConsent);
	}

}
