package org.lianxin.notification.internal;

/** Where a message stands in the outbox, per channel. */
public enum DeliveryStatus {

	/** Waiting for its first delivery or for a retry. */
	PENDING,

	/** The channel took it. */
	SENT,

	/** The retry policy gave up; an administrator may still retry it. */
	FAILED

}
