package org.lianxin.notification.internal;

import org.lianxin.notification.Message;
import org.lianxin.notification.internal.Notifier;
import org.lianxin.notification.Recipient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends messages to recipients who left an email address, through the SMTP server at
 * {@code spring.mail.host}, from {@code lianxin.notification.email.from}.
 */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
class EmailNotifier implements Notifier {

	private final JavaMailSender mail;

	private final String from;

	EmailNotifier(JavaMailSender mail, @Value("${lianxin.notification.email.from:noreply@lianxin.local}") String from) {
		this.mail = mail;
		this.from = from;
	}

	@Override
	public String channel() {
		return "email";
	}

	@Override
	public boolean canReach(Recipient recipient) {
		return recipient.hasEmail();
	}

	@Override
	public boolean usesPhone() {
		return false;
	}

	@Override
	public void send(Message message) {
		SimpleMailMessage email = new SimpleMailMessage();
		email.setFrom(this.from);
		email.setTo(message.recipient().email());
		email.setSubject(message.subject());
		email.setText(message.text());
		this.mail.send(email);
	}

}
