package org.lianxin.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are
 * believed ({@code lianxin.web.trusted-proxies}, networks in CIDR form; none by default).
 * A request from any other address is taken as it came: what its headers claim about the
 * client is ignored, so nobody names their own address or pretends to use TLS.
 */
final class TrustedProxies {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private final List<Network> networks;

	private TrustedProxies(List<Network> networks) {
		this.networks = networks;
	}

	/**
	 * @param cidrs networks such as {@code 10.1.2.0/24} or {@code 2001:db8::/48}; a bare
	 * address is a network of one
	 * @throws IllegalArgumentException for an entry that is not one, so that a typo stops
	 * the start instead of trusting nobody (or everybody)
	 */
	static TrustedProxies of(List<String> cidrs) {
		return new TrustedProxies(
				cidrs.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Network::of).toList());
	}

	boolean isEmpty() {
		return this.networks.isEmpty();
	}

	boolean trusts(String address) {
		byte[] bytes = parse(address);
		return bytes != null && this.networks.stream().anyMatch(network -> network.contains(bytes));
	}

	/**
	 * The client behind a chain of proxies: the right-most address in
	 * {@code X-Forwarded-For} that is not a trusted proxy; {@code peer} when the peer is
	 * not trusted or there is no header.
	 */
	String client(String peer, String forwardedFor) {
		if (forwardedFor == null || !trusts(peer)) {
			return peer;
		}
		String client = peer;
		String[] hops = forwardedFor.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (parse(hop) == null) {
				// not an address: nothing to its left can be believed
				return client;
			}
			client = hop;
			if (!trusts(hop)) {
				return hop;
			}
		}
		return client;
	}

	/**
	 * The bytes of an IP literal; {@code null} for anything else (never a DNS look-up).
	 */
	static byte[] parse(String address) {
		if (address == null || address.isEmpty() || address.length() > 64) {
			return null;
		}
		String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
				: address;
		int zone = literal.indexOf('%');
		if (zone >= 0) {
			literal = literal.substring(0, zone);
		}
		if (!IPV4.matcher(literal).matches() && (literal.indexOf(':') < 0 || !literal.matches("[0-9a-fA-F:.]+"))) {
			return null;
		}
		try {
			byte[] bytes = InetAddress.getByName(literal).getAddress();
			return (bytes.length == 16 && isMappedIpv4(bytes)) ? java.util.Arrays.copyOfRange(bytes, 12, 16) : bytes;
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	private static boolean isMappedIpv4(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
	}

	private record Network(byte[] prefix, int bits) {

		static Network of(String cidr) {
			int slash = cidr.indexOf('/');
			byte[] prefix = parse((slash < 0) ? cidr : cidr.substring(0, slash));
			if (prefix == null) {
				throw new IllegalArgumentException("lianxin.web.trusted-proxies: not a network: " + cidr);
			}
			int bits;
			try {
				bits = (slash < 0) ? prefix.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("lianxin.web.trusted-proxies: not a network: " + cidr);
			}
			if (bits < 0 || bits > prefix.length * 8) {
				throw new IllegalArgumentException("lianxin.web.trusted-proxies: not a network: " + cidr);
			}
			return new Network(prefix, bits);
		}

		boolean contains(byte[] address) {
			if (address.length != this.prefix.length) {
				return false;
			}
			int full = this.bits / 8;
			for (int i = 0; i < full; i++) {
				if (address[i] != this.prefix[i]) {
					return false;
				}
			}
			int rest = this.bits % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xff << (8 - rest)) & 0xff;
			return (address[full] & mask) == (this.prefix[full] & mask);
		}

	}

}
