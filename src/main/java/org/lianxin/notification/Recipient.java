package org.lianxin.notification;

/**
 * Whom a message is for, and how they can be reached; either may be missing.
 *
 * @param phone a full mobile number, for SMS gateways
 */
public record Recipient(String name, String phone, String email) {

	public boolean hasPhone() {
		return this.phone != null && !this.phone.isBlank();
	}

	public boolean hasEmail() {
		return this.email != null && !this.email.isBlank();
	}

}
