package org.lianxin.deputy.internal;

/** Permissions of the deputy module, named {@code module:entity:action}. */
public final class DeputyPermissions {

	public static final String VIEW = "deputy:deputy:view";

	public static final String EDIT = "deputy:deputy:edit";

	private DeputyPermissions() {
	}

}
