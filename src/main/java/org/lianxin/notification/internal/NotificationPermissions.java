package org.lianxin.notification.internal;

/** Permissions of the notification module, named {@code module:entity:action}. */
public final class NotificationPermissions {

	/** The outbox page: pending and failed messages. */
	public static final String OUTBOX_VIEW = "notification:outbox:view";

	/** Sending a pending or failed message again now. */
	public static final String OUTBOX_RETRY = "notification:outbox:retry";

	private NotificationPermissions() {
	}

}
