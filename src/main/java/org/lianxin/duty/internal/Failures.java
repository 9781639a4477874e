package org.lianxin.duty.internal;

/** What a failure from saving an aggregate was, under the wrappers it comes in. */
final class Failures {

	private Failures() {
	}

	static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (kind.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
