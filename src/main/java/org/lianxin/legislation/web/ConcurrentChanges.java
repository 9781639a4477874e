package org.lianxin.legislation.web;

import org.lianxin.platform.database.Failures;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A form sent twice at once (a double click, a resent request) runs twice side by side:
 * the second finds the record changed under it (its version) or the row already written
 * (a unique key) and used to end in a 500. It is told instead, like any broken rule, and
 * its transaction has written nothing.
 */
final class ConcurrentChanges {

	private ConcurrentChanges() {
	}

	/** The change, with a clash against another submit as a message. */
	static Runnable explained(Runnable change) {
		return () -> {
			try {
				change.run();
			}
			catch (RuntimeException ex) {
				if (Failures.causedBy(ex, OptimisticLockingFailureException.class)
						|| Failures.causedBy(ex, DuplicateKeyException.class)) {
					throw new RuleViolationException(null, "legislation.changed-meanwhile");
				}
				throw ex;
			}
		};
	}

}
