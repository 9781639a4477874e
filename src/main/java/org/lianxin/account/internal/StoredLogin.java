package org.lianxin.account.internal;

/** What a login attempt needs to know about an account. */
public record StoredLogin(long id, String username, String passwordHash, boolean enabled) {
}
