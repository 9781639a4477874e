package org.lianxin.notification.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.lianxin.notification.Message;
import org.lianxin.notification.internal.Notifier;
import org.lianxin.notification.Recipient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Posts each message as JSON to the gateway at {@code lianxin.notification.webhook.url}
 * (an SMS platform or a WeChat template-message relay): {@code {to:{name, phone, email},
 * subject, text, reference, key}}, with an optional bearer token. Any 2xx is delivered.
 */
@Component
@ConditionalOnProperty(name = "lianxin.notification.webhook.url")
class WebhookNotifier implements Notifier {

	private final URI url;

	private final String token;

	private final JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	WebhookNotifier(@Value("${lianxin.notification.webhook.url}") URI url,
			@Value("${lianxin.notification.webhook.token:}") String token, JsonMapper json) {
		this.url = url;
		this.token = token;
		this.json = json;
	}

	@Override
	public String channel() {
		return "webhook";
	}

	@Override
	public boolean canReach(Recipient recipient) {
		return recipient.hasPhone() || recipient.hasEmail();
	}

	@Override
	public void send(Message message) throws Exception {
		Map<String, Object> to = new LinkedHashMap<>();
		to.put("name", message.recipient().name());
		to.put("phone", message.recipient().phone());
		to.put("email", message.recipient().email());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("to", to);
		body.put("subject", message.subject());
		body.put("text", message.text());
		body.put("reference", message.reference());
		// the same on every retry of this message: a gateway that has already taken it
		// can
		// answer 2xx without sending it again
		body.put("key", message.key());
		HttpRequest.Builder request = HttpRequest.newBuilder(this.url)
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		if (!this.token.isBlank()) {
			request.header("Authorization", "Bearer " + this.token);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("gateway answered " + response.statusCode());
		}
	}

}
