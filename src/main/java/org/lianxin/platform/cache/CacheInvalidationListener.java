package org.lianxin.platform.cache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears the changes other nodes announce ({@code LISTEN lianxin_cache}) and evicts the
 * named cache. It keeps one connection of its own, opened beside the pool with the pool's
 * URL and credentials: a listening connection is held for as long as the node runs, and a
 * pooled one held that long would count as a leak and shrink the pool. When the
 * connection is lost (the database restarted, the network cut) it reconnects every second
 * and, having possibly missed announcements meanwhile, evicts every cache.
 */
@Component
class CacheInvalidationListener implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(CacheInvalidationListener.class);

	/** How long one wait for announcements lasts; a stop waits at most this long. */
	private static final Duration WAIT = Duration.ofMillis(500);

	/** A connection silently gone (no reset from a dead peer) is found by a query. */
	private static final Duration PROBE_EVERY = Duration.ofSeconds(5);

	private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

	/**
	 * The listener's sessions carry this name, so that an operator can tell them apart.
	 */
	static final String APPLICATION_NAME = "lianxin-cache-listener";

	private final Caches caches;

	private final HikariDataSource pool;

	private volatile boolean running;

	private Thread thread;

	CacheInvalidationListener(Caches caches, DataSource dataSource) throws SQLException {
		this.caches = caches;
		this.pool = dataSource.unwrap(HikariDataSource.class);
	}

	@Override
	public synchronized void start() {
		this.running = true;
		this.thread = new Thread(this::listenUntilStopped, "cache-invalidation-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.thread != null) {
			this.thread.interrupt();
			try {
				this.thread.join(WAIT.multipliedBy(4).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listenUntilStopped() {
		boolean lost = false;
		while (this.running) {
			try (Connection connection = connect()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + Caches.CHANNEL);
				}
				// whatever changed while nobody listened is unknown: forget it all
				this.caches.evictAllLocally();
				if (lost) {
					logger.info("Listening for cache changes again; every cache was emptied");
					lost = false;
				}
				listen(connection);
			}
			catch (SQLException ex) {
				if (!this.running) {
					return;
				}
				if (!lost) {
					logger.warn("Lost the connection that hears other nodes' changes ({}); reconnecting every {} s",
							ex.getMessage(), RECONNECT_AFTER.toSeconds());
					lost = true;
				}
				pause(RECONNECT_AFTER);
			}
		}
	}

	private void listen(Connection connection) throws SQLException {
		PGConnection postgres = connection.unwrap(PGConnection.class);
		long probeAt = System.nanoTime() + PROBE_EVERY.toNanos();
		while (this.running) {
			PGNotification[] notifications = postgres.getNotifications((int) WAIT.toMillis());
			if (notifications != null) {
				for (PGNotification notification : notifications) {
					evict(notification.getParameter());
				}
			}
			if (System.nanoTime() - probeAt > 0) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("select 1");
				}
				probeAt = System.nanoTime() + PROBE_EVERY.toNanos();
			}
		}
	}

	private void evict(String announcement) {
		try {
			this.caches.evictLocally(announcement);
		}
		catch (IllegalArgumentException ex) {
			// a cache this node's version does not know (a rolling upgrade): to be safe,
			// everything
			this.caches.evictAllLocally();
		}
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		properties.putAll(this.pool.getDataSourceProperties());
		if (this.pool.getUsername() != null) {
			properties.setProperty("user", this.pool.getUsername());
		}
		if (this.pool.getPassword() != null) {
			properties.setProperty("password", this.pool.getPassword());
		}
		properties.setProperty("ApplicationName", APPLICATION_NAME);
		properties.setProperty("connectTimeout", "3");
		properties.setProperty("socketTimeout", "10");
		properties.setProperty("tcpKeepAlive", "true");
		return DriverManager.getConnection(this.pool.getJdbcUrl(), properties);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
