package org.lianxin.account.web;

import java.util.Comparator;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.NavItem;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every console page the signed-in user and the menu entries their permissions
 * allow.
 */
@ControllerAdvice(annotations = Controller.class)
class ConsoleModelAdvice {

	private final List<NavItem> items;

	ConsoleModelAdvice(List<NavItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser(@AuthenticationPrincipal CurrentUser user) {
		return user;
	}

	@ModelAttribute("requestPath")
	String requestPath(jakarta.servlet.http.HttpServletRequest request) {
		return request.getRequestURI();
	}

	@ModelAttribute("navItems")
	List<NavItem> navItems(@AuthenticationPrincipal CurrentUser user) {
		if (user == null) {
			return List.of();
		}
		return this.items.stream().filter(item -> item.permission() == null || user.can(item.permission())).toList();
	}

	/**
	 * The one menu entry the page belongs to (the most specific that leads there), or
	 * null.
	 */
	@ModelAttribute("activeNav")
	String activeNav(@AuthenticationPrincipal CurrentUser user, jakarta.servlet.http.HttpServletRequest request) {
		NavItem best = null;
		int bestScore = -1;
		for (NavItem item : navItems(user)) {
			int score = item.match(request.getRequestURI(), request.getParameterMap());
			if (score > bestScore) {
				best = item;
				bestScore = score;
			}
		}
		return (best != null) ? best.href() : null;
	}

}
