package org.lianxin.account.internal;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Carries why a login failed from the refused POST to the login page in a short-lived
 * cookie, so that a failed login — like an anonymous visit — creates no server-side
 * session. Only known message keys and plain arguments are read back, so a forged cookie
 * can show nothing else.
 */
public final class LoginFailureCookie implements AuthenticationFailureHandler {

	static final String NAME = "lx_login_error";

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final Set<String> KNOWN_KEYS = Set.of("login.bad-credentials", "login.locked", "login.disabled",
			"login.failed");

	/**
	 * What the login page shows, and the username typed, so nobody has to type it again.
	 */
	public record Failure(String messageKey, Object[] arguments, String username) {
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String value = "login.failed|";
		if (exception instanceof LoginRefusedException refused) {
			Object[] arguments = refused.arguments();
			value = refused.messageKey() + "|" + ((arguments.length > 0) ? arguments[0] : "");
		}
		String username = request.getParameter("username");
		if (username != null && USERNAME.matcher(username.strip()).matches()) {
			value += "|" + username.strip();
		}
		Cookie cookie = new Cookie(NAME, URLEncoder.encode(value, StandardCharsets.UTF_8));
		cookie.setPath(request.getContextPath() + "/login");
		cookie.setMaxAge(60);
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	/** Reads and clears the failure, if the request carries a well-formed one. */
	public static Optional<Failure> take(HttpServletRequest request, HttpServletResponse response) {
		if (request.getCookies() == null) {
			return Optional.empty();
		}
		for (Cookie cookie : request.getCookies()) {
			if (NAME.equals(cookie.getName())) {
				Cookie expired = new Cookie(NAME, "");
				expired.setPath(request.getContextPath() + "/login");
				expired.setMaxAge(0);
				response.addCookie(expired);
				return parse(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
			}
		}
		return Optional.empty();
	}

	static Optional<Failure> parse(String value) {
		String[] parts = value.split("\\|", 3);
		if (!KNOWN_KEYS.contains(parts[0])) {
			return Optional.empty();
		}
		String argument = (parts.length > 1) ? parts[1] : "";
		if (!argument.isEmpty() && !argument.matches("[0-9]{1,2}|[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}")) {
			return Optional.empty();
		}
		String username = (parts.length > 2 && USERNAME.matcher(parts[2]).matches()) ? parts[2] : "";
		Object[] arguments = argument.isEmpty() ? new Object[0] : new Object[] { argument };
		return Optional.of(new Failure(parts[0], arguments, username));
	}

}
