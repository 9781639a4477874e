package org.lianxin.account.internal;

import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends what a staff user is signed in with: their sessions in the database (found by
 * Spring Session's principal-name index) and their API tokens. A session keeps the user's
 * permissions and data scope as they were at sign-in, so every change to those, a
 * disabled account or a new password ends them at once.
 */
@Component
public class StaffSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final JdbcClient jdbc;

	private final AccountStore accounts;

	StaffSessions(FindByIndexNameSessionRepository<? extends Session> sessions, JdbcClient jdbc,
			AccountStore accounts) {
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/**
	 * Ends every session and revokes every API token of the user, except the session of
	 * the request being handled if it is theirs (a user changing their own password stays
	 * signed in where they did it); that session is given the user as they are now.
	 * @return how many sessions were ended
	 */
	public int endAllButCurrent(long userId, String username) {
		HttpSession current = currentSession();
		String keep = (current != null && isSignedInAs(username)) ? current.getId() : null;
		int ended = 0;
		for (String id : this.sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(keep)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		this.jdbc.sql("update api_token set revoked_at = now() where user_id = ? and revoked_at is null")
			.param(userId)
			.update();
		if (keep != null) {
			refresh(current, userId);
		}
		return ended;
	}

	private void refresh(HttpSession session, long userId) {
		var user = this.accounts.loadCurrentUser(userId);
		var context = new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
	}

	private static boolean isSignedInAs(String username) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && username.equals(authentication.getName());
	}

	private static HttpSession currentSession() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getSession(false);
		}
		return null;
	}

}
