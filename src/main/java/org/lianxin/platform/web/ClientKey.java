package org.lianxin.platform.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whom the public rate limit (and sign-in throttling) counts as one client. An IPv4
 * address is one client; for IPv6 it is the /64 network, since a home or a phone is given
 * a whole /64 and can take a new address in it for every request.
 */
public final class ClientKey {

	private ClientKey() {
	}

	/**
	 * The client's key: its IPv4 address or its IPv6 /64, behind a trusted proxy the
	 * client's own (see {@link ForwardedByTrustedProxies}), never what an untrusted
	 * client claims in a header.
	 */
	public static String of(HttpServletRequest request) {
		return of(request.getRemoteAddr());
	}

	static String of(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.indexOf(':') < 0) {
			return String.valueOf(remoteAddress);
		}
		String literal = remoteAddress.replace("[", "").replace("]", "");
		int zone = literal.indexOf('%');
		if (zone >= 0) {
			literal = literal.substring(0, zone);
		}
		try {
			// a literal with a colon is parsed, never looked up in DNS
			InetAddress address = InetAddress.getByName(literal);
			if (!(address instanceof Inet6Address)) {
				// an IPv4 address written the IPv6 way (::ffff:a.b.c.d)
				return address.getHostAddress();
			}
			byte[] bytes = address.getAddress();
			StringBuilder network = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
			}
			return network.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return remoteAddress;
		}
	}

}
