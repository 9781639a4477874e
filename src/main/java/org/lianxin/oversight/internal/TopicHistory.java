package org.lianxin.oversight.internal;

import java.util.List;

import org.lianxin.platform.history.HistoryChain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A topic's append-only history: a row for each change, in the transaction that saves it;
 * the rows form a hash chain the platform anchors and checks.
 */
@Configuration(proxyBeanMethods = false)
public class TopicHistory {

	private final JdbcClient jdbc;

	TopicHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One change as a clerk reads it. */
	public record Entry(java.time.OffsetDateTime at, String by, String action, String note) {
	}

	@Bean
	static HistoryChain oversightTopicHistoryChain() {
		return new HistoryChain("oversight_topic_history", "oversight_topic_history_chain_view");
	}

	@EventListener
	void on(OversightTopic.Changed change) {
		this.jdbc.sql("""
				insert into oversight_topic_history (topic_id, action, changed_by, note) values (?, ?, ?, ?)""")
			.params(change.topicId(), change.action(), change.by(), change.note())
			.update();
	}

	/** A topic's changes, oldest first. */
	public List<Entry> of(long topicId) {
		return this.jdbc.sql("""
				select h.changed_at as at, u.display_name as by, h.action, h.note
				from oversight_topic_history h left join staff_user_view u on u.id = h.changed_by
				where h.topic_id = ? order by h.chain_seq""").param(topicId).query(Entry.class).list();
	}

}
