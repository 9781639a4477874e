package org.lianxin.platform.web;

import java.io.IOException;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Requests Tomcat refuses before the application sees them (a NUL or a broken escape in
 * the path, {@code ..%2f}) are answered like every other error: in the reader's language
 * and the caller's form, not with Tomcat's English status page and its version number.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPages {

	@Bean
	TomcatContextCustomizer containerErrorPagesCustomizer(ApiErrors errors, LocaleResolver locales) {
		// the host's error valve exists once the host has started, which is before its
		// contexts start
		return context -> context.addLifecycleListener(event -> {
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				replaceHostValve(context.getParent(), new Answer(errors, locales));
			}
		});
	}

	private static void replaceHostValve(Container host, Answer answer) {
		if (host == null) {
			return;
		}
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ErrorReportValve && !(valve instanceof Answer)) {
				host.getPipeline().removeValve(valve);
			}
		}
		host.getPipeline().addValve(answer);
	}

	static final class Answer extends ErrorReportValve {

		private final ApiErrors errors;

		private final LocaleResolver locales;

		Answer(ApiErrors errors, LocaleResolver locales) {
			this.errors = errors;
			this.locales = locales;
		}

		@Override
		protected void report(Request request, Response response, Throwable failure) {
			HttpStatus status = HttpStatus.resolve(response.getStatus());
			if (status == null || !status.isError() || response.getContentWritten() > 0
					|| !response.setErrorReported()) {
				return;
			}
			try {
				// after sendError the response ignores writes until told otherwise
				response.setSuspended(false);
				response.reset();
				this.errors.writeOutsideMvc(request, response, status,
						this.errors.forStatus(status, this.locales.resolveLocale(request)).message());
				response.finishResponse();
			}
			catch (IOException | RuntimeException ex) {
				// the client is gone, or the answer could not be written: nothing more to
				// say
			}
		}

	}

}
