package org.lianxin.platform.database;

/** What a failure from saving an aggregate was, under the wrappers it comes in. */
public final class Failures {

	private Failures() {
	}

	public static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (kind.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
