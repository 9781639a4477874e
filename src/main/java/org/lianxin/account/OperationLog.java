package org.lianxin.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The operation log (操作日志): who did what to which record, when, and from which address.
 * Append-only; the database refuses updates and deletes.
 */
@Service
public class OperationLog {

	private final JdbcClient jdbc;

	OperationLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records an action of the signed-in user. */
	public void record(String action, String target, String detail) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String username = (authentication != null) ? authentication.getName() : "system";
		record(username, action, target, detail);
	}

	/** Records an action of the named user (for events where nobody is signed in yet). */
	public void record(String username, String action, String target, String detail) {
		this.jdbc.sql("""
				insert into operation_log (username, action, target, detail, remote_address)
				values (?, ?, ?, ?, ?)""")
			.params(truncate(username, 64), action, truncate(target, 200), truncate(detail, 1000), remoteAddress())
			.update();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

}
