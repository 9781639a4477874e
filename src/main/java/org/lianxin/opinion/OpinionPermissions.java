package org.lianxin.opinion;

/** Permissions of the opinion module, named {@code module:entity:action}. */
public final class OpinionPermissions {

	public static final String CATEGORY_VIEW = "opinion:category:view";

	public static final String CATEGORY_EDIT = "opinion:category:edit";

	private OpinionPermissions() {
	}

}
