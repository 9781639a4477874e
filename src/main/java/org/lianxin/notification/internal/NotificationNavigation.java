package org.lianxin.notification.internal;

import org.lianxin.notification.internal.NotificationPermissions;
import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

	@Bean
	NavItem outboxNavItem() {
		return new NavItem(85, "nav.outbox", "/admin/notifications", NotificationPermissions.OUTBOX_VIEW);
	}

}
