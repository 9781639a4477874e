package org.lianxin.platform.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Has the pool check every connection before handing it out, not only those idle for half
 * a second. Under steady traffic every connection is recent, so without this a request
 * borrows a connection to a server that has stopped answering (paused, cut off) and waits
 * out the driver's socket timeout; with it, the check fails within the validation timeout
 * and the request hears 503 within seconds. The check is one round trip, small beside any
 * real query. HikariCP reads this setting once, when its pool class loads, hence here,
 * before any pool exists (registered in {@code META-INF/spring.factories}).
 */
class CheckConnectionsOnBorrow implements EnvironmentPostProcessor {

	static final String ALIVE_BYPASS_WINDOW = "com.zaxxer.hikari.aliveBypassWindowMs";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (System.getProperty(ALIVE_BYPASS_WINDOW) == null) {
			System.setProperty(ALIVE_BYPASS_WINDOW, "0");
		}
	}

}
