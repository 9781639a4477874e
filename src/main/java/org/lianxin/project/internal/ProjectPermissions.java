package org.lianxin.project.internal;

/** Permissions of the project module, named {@code module:entity:action}. */
public final class ProjectPermissions {

	public static final String VIEW = "project:project:view";

	/** Propose candidates, hold and count the vote. */
	public static final String EDIT = "project:project:edit";

	/** Report progress: the lead agency, or the office for it. */
	public static final String REPORT = "project:project:report";

	/** Record a site visit of a project whose supervision group one is in. */
	public static final String VISIT = "project:visit:record";

	public static final String CATEGORY_EDIT = "project:category:edit";

	private ProjectPermissions() {
	}

}
