package org.lianxin.notification;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * An SMS gateway on a local port that answers 503 to messages containing a marker for as
 * many times as a test asks, and keeps every message it accepted.
 */
final class GatewayStub {

	private final HttpServer server;

	private final List<String> accepted = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

	GatewayStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/sms", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			boolean refused = this.failures.entrySet()
				.stream()
				.anyMatch(failing -> body.contains(failing.getKey()) && failing.getValue().getAndDecrement() > 0);
			if (!refused) {
				this.accepted.add(body);
			}
			exchange.sendResponseHeaders(refused ? 503 : 202, -1);
			exchange.close();
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/sms";
	}

	/** The next {@code times} messages containing {@code marker} are refused. */
	void refuse(String marker, int times) {
		this.failures.put(marker, new AtomicInteger(times));
	}

	/** How many messages containing {@code marker} it accepted. */
	long acceptedWith(String marker) {
		return this.accepted.stream().filter(body -> body.contains(marker)).count();
	}

	void stop() {
		this.server.stop(0);
	}

}
