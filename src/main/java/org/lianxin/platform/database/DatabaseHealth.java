package org.lianxin.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, decided within seconds even when the server is paused or
 * cut off: the check's own connection gives up reading after two seconds, where the stock
 * indicator would wait as long as the driver's socket timeout (a minute) and keep a load
 * balancer sending people to a node that cannot serve them.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

	private final DataSource dataSource;

	DatabaseHealth(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public Health health() {
		try (Connection connection = this.dataSource.getConnection()) {
			// the pool puts the connection's usual timeout back when it is returned
			connection.setNetworkTimeout(Runnable::run, (int) ANSWER_WITHIN.toMillis());
			try (Statement statement = connection.createStatement()) {
				statement.execute("select 1");
			}
			return Health.up().build();
		}
		catch (SQLException ex) {
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

}
