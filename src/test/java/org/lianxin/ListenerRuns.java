package org.lianxin;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How often a module listener has finished with an event, read from Spring Modulith's
 * event publication registry (which keeps completed publications). A flow test waits for
 * this when the outcome is that nothing changes: a second delivery of the same event, or
 * an event the listener must ignore. Without it such a test could only sleep, or pass
 * before the listener had run at all.
 */
public final class ListenerRuns {

	private final JdbcClient jdbc;

	public ListenerRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param listener the listener's simple class name, e.g.
	 * {@code OpinionsAsDutyRecords}
	 * @param firstField the event's first component and its value, e.g.
	 * {@code "opinionId", 42}: the registry keeps the event as JSON in declaration order
	 * @return how many deliveries of that event the listener has completed
	 */
	public long completed(String listener, String firstField, long value) {
		return this.jdbc.sql("""
				select count(*) from event_publication
				where listener_id like ? and serialized_event like ? and completion_date is not null""")
			.params("%." + listener + ".%", "{\"" + firstField + "\":" + value + ",%")
			.query(Long.class)
			.single();
	}

}
