package org.lianxin.legislation.internal;

import java.util.List;
import java.util.Locale;

import org.lianxin.account.PhoneNumbers;
import org.lianxin.account.ProtectedPhone;
import org.lianxin.notification.Message;
import org.lianxin.notification.Notifications;
import org.lianxin.notification.Recipient;
import org.lianxin.platform.publiccode.PublicUrls;
import org.lianxin.station.VenueRegistry;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells everyone whose opinion went into a merged opinion what the legislature made of
 * it: the informant at the phone on their roster, the citizen at the phone they left,
 * each with the link of their tracking page. Queued in the transaction that records the
 * answer; a message's key is its opinion, so each person is told once per opinion.
 */
@Component
class OutcomeMessages {

	private static final Locale CITIZENS = Locale.SIMPLIFIED_CHINESE;

	private final Notifications notifications;

	private final PhoneNumbers phones;

	private final PublicUrls urls;

	private final MessageSource messages;

	private final VenueRegistry venues;

	private final JdbcClient jdbc;

	OutcomeMessages(Notifications notifications, PhoneNumbers phones, PublicUrls urls, MessageSource messages,
			VenueRegistry venues, JdbcClient jdbc) {
		this.venues = venues;
		this.notifications = notifications;
		this.phones = phones;
		this.urls = urls;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	private record Source(long id, String name, ProtectedPhone phone, String token, String pointCode,
			String consultationTitle) {
	}

	@EventListener
	void on(MergedOpinion.Answered answered) {
		String outcome = this.messages.getMessage("Outcome." + answered.outcome(), null, CITIZENS);
		for (Source source : sources(answered.mergedOpinionId())) {
			if (source.phone() == null) {
				continue;
			}
			String phone = this.phones.reveal(source.phone(), "legislation opinion " + source.id(), "告知采纳情况");
			String link = this.urls.of("/v/" + source.pointCode() + "/legislation/opinions/" + source.token());
			String text = this.messages.getMessage("legislation.message.outcome",
					new Object[] { source.consultationTitle(), outcome, link }, CITIZENS);
			String record = this.messages.getMessage("legislation.message.outcome",
					new Object[] { source.consultationTitle(), outcome, "" }, CITIZENS);
			String subject = this.messages.getMessage("legislation.message.subject", null, CITIZENS);
			this.notifications.send(new Message(new Recipient(source.name(), phone, null), subject, text,
					"legislation opinion " + source.id(), record, "legislation opinion " + source.id() + " answered"));
		}
	}

	private List<Source> sources(long mergedOpinionId) {
		return this.jdbc.sql("""
				select o.id, coalesce(i.name, o.citizen_name),
				       coalesce(i.phone_cipher, o.phone_cipher), coalesce(i.phone_hash, o.phone_hash),
				       coalesce(i.phone_last4, o.phone_last4), coalesce(i.phone_masked, o.phone_masked),
				       o.tracking_token,
				       o.point_id, k.title
				from legislation_opinion o join legislation_consultation k on k.id = o.consultation_id
				left join legislation_informant i on i.id = o.informant_id
				where o.merged_into = ? order by o.id""")
			.param(mergedOpinionId)
			.query((rs, n) -> new Source(rs.getLong(1), rs.getString(2), (rs.getString(3) != null)
					? new ProtectedPhone(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)) : null,
					rs.getString(7), this.venues.codeOf(rs.getLong(8)), rs.getString(9)))
			.list();
	}

}
