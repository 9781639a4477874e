package org.lianxin.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the previous and next page of the list being shown, keeping every filter of
 * its address ({@code fragments/paging :: pager}): one place, so a list's filters are
 * never dropped by a pager that forgot one. The link stays on this site: leading slashes
 * are folded into one, so a path can never turn into a link to another host.
 */
@Component("pageLinks")
public class PageLinks {

	/**
	 * The current address with {@code page} set to {@code number} (left out for the
	 * first).
	 */
	public String to(int number) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI().replaceFirst("^/+", "/"))
			.query(request.getQueryString());
		return (number > 0 ? link.replaceQueryParam("page", number) : link.replaceQueryParam("page")).build()
			.toUriString();
	}

}
