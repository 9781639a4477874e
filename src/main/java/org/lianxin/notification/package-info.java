/**
 * Messages to people outside the console (citizens by SMS or email, agencies by their
 * gateway): one interface, a logging adapter, an HTTP webhook adapter for an SMS or
 * WeChat gateway, and SMTP email; every message is kept in an outbox with how it went.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.lianxin.notification;
