package org.lianxin.account.internal;

/** A role as pickers show it. */
public record RoleView(String code, String name) {
}
