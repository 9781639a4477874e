package org.lianxin.platform.web;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Passes only stylesheet and script links through the response's {@code encodeURL}.
 * <p>
 * There Spring's {@code ResourceUrlEncodingFilter} looks every link up among the static
 * resources, to add the content hash that {@code spring.web.resources.chain} gives
 * {@code /css/**} and {@code /js/**}. Every other link (a case, a row's drill-down, a
 * page of a list) was a miss in the jar, paid once per link: a profile of a page with a
 * few hundred links put most of its time there. Sessions are tracked by cookie only
 * ({@code server.servlet.session.tracking-modes}), so {@code encodeURL} has nothing else
 * to add to them.
 */
final class HashedAssetsOnlyLinkBuilder extends StandardLinkBuilder {

	@Override
	protected String processLink(IExpressionContext context, String link) {
		return isAsset(link) ? super.processLink(context, link) : link;
	}

	private static boolean isAsset(String link) {
		int end = link.length();
		for (char stop : new char[] { '?', '#' }) {
			int at = link.indexOf(stop);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		String path = link.substring(0, end);
		return path.endsWith(".css") || path.endsWith(".js");
	}

}
