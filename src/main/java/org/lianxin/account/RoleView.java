package org.lianxin.account;

/** A role as pickers show it. */
public record RoleView(String code, String name) {
}
