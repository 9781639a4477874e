package org.lianxin.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.web.IWebExchange;

import org.lianxin.UploadServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/**
 * Links on pages: stylesheets and scripts keep their content hash, every other link is
 * written as built, without the per-link resource look-up, and no session id ever enters
 * a URL.
 */
@UploadServerTest
class PageLinksTests {

	@LocalServerPort
	int port;

	@Test
	void only_stylesheet_and_script_links_go_through_the_response_s_url_encoding() {
		IWebExchange exchange = mock(IWebExchange.class);
		when(exchange.transformURL(anyString())).thenAnswer(call -> call.getArgument(0) + "#encoded");
		IExpressionContext context = mock(IExpressionContext.class, withSettings().extraInterfaces(IWebContext.class));
		when(((IWebContext) context).getExchange()).thenReturn(exchange);
		HashedAssetsOnlyLinkBuilder links = new HashedAssetsOnlyLinkBuilder();

		assertThat(links.processLink(context, "/css/app.css")).isEqualTo("/css/app.css#encoded");
		assertThat(links.processLink(context, "/js/app.js?v=1")).isEqualTo("/js/app.js?v=1#encoded");
		assertThat(links.processLink(context, "/suggestions/agencies?region=210881&year=2025"))
			.isEqualTo("/suggestions/agencies?region=210881&year=2025");
		assertThat(links.processLink(context, "/suggestions?q=app.css")).isEqualTo("/suggestions?q=app.css");
	}

	@Test
	void a_served_page_links_its_stylesheet_with_a_content_hash_and_no_session_id() throws Exception {
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(login.body()).containsPattern("href=\"/css/app-[0-9a-f]{32}\\.css\"")
			.doesNotContainIgnoringCase("jsessionid");
	}

}
