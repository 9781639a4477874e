package org.lianxin.platform.database;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Fails a test class that leaves a database connection checked out of the pool: one page
 * that keeps a connection per view is all it takes to bring the platform down under a
 * crowd. Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class ConnectionLeakCheck implements TestExecutionListener {

	/**
	 * Work the test set off in the background (events, e-mails) may still be finishing.
	 */
	private static final Duration SETTLE = Duration.ofSeconds(10);

	@Override
	public void afterTestClass(TestContext testContext) throws Exception {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		DataSource dataSource = testContext.getApplicationContext().getBeanProvider(DataSource.class).getIfUnique();
		if (dataSource == null || !dataSource.isWrapperFor(HikariDataSource.class)) {
			return;
		}
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		if (pool.isClosed() || pool.getHikariPoolMXBean() == null) {
			return;
		}
		long deadline = System.nanoTime() + SETTLE.toNanos();
		int active = pool.getHikariPoolMXBean().getActiveConnections();
		while (active > 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
			active = pool.getHikariPoolMXBean().getActiveConnections();
		}
		if (active > 0) {
			throw new AssertionError(testContext.getTestClass().getSimpleName() + " left " + active
					+ " database connection(s) checked out of the pool; the leak detection warning in the log"
					+ " names where each was taken");
		}
	}

}
