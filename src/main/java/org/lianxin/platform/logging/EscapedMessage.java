package org.lianxin.platform.logging;

import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A log message with its control characters escaped, so that text a user typed (a reason,
 * a search, a file name) cannot end the line and write one of its own: CR and LF become
 * {@code \r} and {@code \n}, tab {@code \t}, every other C0 or C1 control and the Unicode
 * line and paragraph separators {@code \}{@code uXXXX}, and a backslash before such an
 * escape is doubled so that an escape cannot be faked either. A private link's token in a
 * logged path is masked too. {@code logback-spring.xml} puts it in place of
 * {@code %m}/{@code %msg}/{@code %message} in every pattern, so no call site has to
 * remember it.
 */
public class EscapedMessage extends MessageConverter {

	/** A private link's token or an Open311 token (a tracking code) in a logged path. */
	private static final Pattern SECRET_IN_PATH = Pattern.compile("(/track/|/open311/v2/tokens/)[^/\\s?#.]+");

	@Override
	public String convert(ILoggingEvent event) {
		return escape(withoutSecrets(super.convert(event)));
	}

	/** A path that opens a citizen's case is logged without the part that opens it. */
	static String withoutSecrets(String message) {
		if (message == null || (!message.contains("/track/") && !message.contains("/tokens/"))) {
			return message;
		}
		return SECRET_IN_PATH.matcher(message).replaceAll("$1***");
	}

	static String escape(String message) {
		if (message == null || !needsEscaping(message)) {
			return message;
		}
		StringBuilder escaped = new StringBuilder(message.length() + 16);
		for (int i = 0; i < message.length(); i++) {
			char c = message.charAt(i);
			switch (c) {
				case '\n' -> escaped.append("\\n");
				case '\r' -> escaped.append("\\r");
				case '\t' -> escaped.append("\\t");
				case '\\' -> escaped.append("\\\\");
				default -> {
					if (isControl(c)) {
						escaped.append(String.format("\\u%04x", (int) c));
					}
					else {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	private static boolean needsEscaping(String message) {
		for (int i = 0; i < message.length(); i++) {
			if (isControl(message.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isControl(char c) {
		return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
	}

}
