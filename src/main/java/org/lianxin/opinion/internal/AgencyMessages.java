package org.lianxin.opinion.internal;

import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScope;
import org.lianxin.account.DataScopeKind;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.agency.AgencyView;
import org.lianxin.notification.Message;
import org.lianxin.notification.Notifications;
import org.lianxin.notification.Recipient;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;
import org.lianxin.supervision.NoticeIssued;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends each reminder and supervision notice through the notification channels as well as
 * to the notice page: to the agency's contact phone, or for the office of the region
 * (which has no contact of its own yet) to the channels that need none, such as the log.
 */
@Component
class AgencyMessages {

	private static final Locale AGENCIES = Locale.SIMPLIFIED_CHINESE;

	private static final CurrentUser EVERYWHERE = CurrentUser
		.system(new DataScope(DataScopeKind.ALL, 0, null, null, null));

	private final JdbcClient jdbc;

	private final AgencyManagement agencies;

	private final RegionManagement regions;

	private final Notifications notifications;

	private final MessageSource messages;

	AgencyMessages(JdbcClient jdbc, AgencyManagement agencies, RegionManagement regions, Notifications notifications,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.regions = regions;
		this.notifications = notifications;
		this.messages = messages;
	}

	@ApplicationModuleListener(condition = "#notice.subject() == '" + OpinionClocks.SUBJECT + "'")
	void on(NoticeIssued notice) {
		String trackingCode = this.jdbc.sql("select tracking_code from opinion where id = ?")
			.param(notice.subjectId())
			.query(String.class)
			.single();
		Recipient to = recipientOf(notice);
		String text = this.messages.getMessage("agency.message." + notice.kind().name().toLowerCase(Locale.ROOT),
				new Object[] { trackingCode, notice.dueOn().toString(), notice.level(), to.name() }, AGENCIES);
		String subject = this.messages.getMessage("agency.message.subject", new Object[] { trackingCode }, AGENCIES);
		// the notice's id makes the message one: the event delivered again sends nothing
		// new
		// the tracking code opens the case with the phone's last digits: not for the log
		// or the outbox's record
		String record = this.messages.getMessage("agency.message." + notice.kind().name().toLowerCase(Locale.ROOT),
				new Object[] { "****", notice.dueOn().toString(), notice.level(), to.name() }, AGENCIES);
		this.notifications.send(new Message(to, subject, text, "opinion " + notice.subjectId(), record,
				"opinion notice " + notice.noticeId()));
	}

	private Recipient recipientOf(NoticeIssued notice) {
		if (notice.agencyId() != null) {
			AgencyView agency = this.agencies.find(EVERYWHERE, notice.agencyId()).orElse(null);
			if (agency != null) {
				return new Recipient(agency.name(), agency.contactPhone(), null);
			}
		}
		String region = this.regions.find(notice.regionCode()).map(Region::name).orElse(notice.regionCode());
		return new Recipient(region + this.messages.getMessage("opinion.notice.office", null, AGENCIES), null, null);
	}

}
