package org.lianxin.platform.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells an outage of the database (no connection within the pool's wait, the server gone,
 * shutting down or refusing) from a fault of the request, so that the caller hears "try
 * again shortly" with a 503 rather than a 500.
 */
final class DatabaseUnavailable {

	/** How long a caller is asked to wait before trying again, in seconds. */
	static final int RETRY_AFTER_SECONDS = 10;

	private DatabaseUnavailable() {
	}

	static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof TransactionSystemException rollbackFailed
					&& rollbackFailed.getApplicationException() != null
					&& causedBy(rollbackFailed.getApplicationException())) {
				// the rollback failed on a connection the outage had already closed; what
				// went wrong first is the outage
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				// connection exceptions, and the server shutting down or not yet
				// accepting
				return true;
			}
		}
		return false;
	}

}
